package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.LiveDelay;

/** Screen links: bound to one conference, one kind of screen and (for a point) one point; revoked at once. */
@IntegrationTest
class ScreenLinkServiceTest {

    @Autowired ScreenLinkService links;
    @Autowired AgendaLiveService live;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired ConferenceService conferences;
    @Autowired ImportFixture fixture;
    @Autowired LiveHub hub;
    @Autowired RunAs runAs;

    long conference;
    long other;
    List<MeetingPoint> remote;

    @BeforeEach
    void twoConferences() {
        conference = runAs.committee("bantochuc", fixture::conferenceWithPoints);
        other = runAs.committee("bantochuc", fixture::conferenceWithPoints);
        remote = runAs.committee("bantochuc", () -> points.list(conference)).stream().filter(p -> !p.hall()).toList();
    }

    private ScreenLinkService.Created create(ScreenKind kind, Long point, String label) {
        return runAs.committee("bantochuc", () -> links.create(conference, kind, point, label));
    }

    @Test
    void aLinkSignsADisplayIntoItsConferenceAndKindOfScreen() {
        ScreenLinkService.Created hall = create(ScreenKind.HALL, null, "  Màn hình   chính ");

        ScreenPass pass = links.signIn(hall.token()).orElseThrow();

        assertThat(pass.conferenceId()).isEqualTo(conference);
        assertThat(pass.kind()).isEqualTo(ScreenKind.HALL);
        assertThat(pass.label()).isEqualTo("Màn hình chính");
        assertThat(runAs.screen(pass, () -> conferences.open(conference).orElseThrow().id())).isEqualTo(conference);
        assertThat(runAs.screen(pass, () -> conferences.lastOpened().orElseThrow().id())).isEqualTo(conference);
        assertThat(runAs.screen(pass, () -> live.live(conference).agenda().conferenceId())).isEqualTo(conference);
        assertThatThrownBy(() -> runAs.screen(pass, () -> live.live(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(pass, () -> conferences.open(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.committee("bantochuc", () -> links.list(conference)).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void aGuessedOrAlteredSecretOpensNothing() {
        ScreenLinkService.Created hall = create(ScreenKind.HALL, null, "Hội trường");

        assertThat(links.signIn(hall.token() + "x")).isEmpty();
        assertThat(links.signIn(hall.token().substring(1))).isEmpty();
        assertThat(links.signIn(SecretTokens.newToken())).isEmpty();
        assertThat(links.signIn("")).isEmpty();
        assertThat(hall.token()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(runAs.committee("bantochuc", () -> links.list(conference)))
                .noneMatch(l -> l.toString().contains(hall.token()));
    }

    @Test
    void onlyTheTechniciansScreenSeesThePointsPhones() {
        ScreenPass hall = links.signIn(create(ScreenKind.HALL, null, "Hội trường").token()).orElseThrow();
        ScreenPass technicians = links.signIn(create(ScreenKind.TECHNICIAN, null, "Kỹ thuật").token()).orElseThrow();

        assertThat(runAs.screen(technicians, () -> pointDay.wall(conference))).hasSize(remote.size() + 1);
        assertThatThrownBy(() -> runAs.screen(hall, () -> pointDay.wall(conference))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(technicians, () -> pointDay.wall(other))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPointsScreenShowsItsOwnPointOnly() {
        MeetingPoint mine = remote.get(0);
        MeetingPoint theirs = remote.get(1);
        ScreenPass pass = links.signIn(create(ScreenKind.POINT, mine.id(), "Vĩnh Linh").token()).orElseThrow();

        assertThat(pass.pointId()).isEqualTo(mine.id());
        assertThat(runAs.screen(pass, () -> pointDay.screenPoint(mine.id())).point().name()).isEqualTo(mine.name());
        assertThatThrownBy(() -> runAs.screen(pass, () -> pointDay.screenPoint(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPointsScreenNeedsAPointOfThisConference() {
        long foreignPoint = runAs.committee("bantochuc", () -> points.list(other)).getLast().id();

        assertThatThrownBy(() -> create(ScreenKind.POINT, null, "Điểm cầu"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("point"));
        assertThatThrownBy(() -> create(ScreenKind.POINT, foreignPoint, "Điểm cầu"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> create(ScreenKind.HALL, null, " "))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("label")).contains("tên màn hình"));
    }

    @Test
    void aRevokedLinkStopsAtOnceAndWakesTheConferencesScreens() throws InterruptedException {
        ScreenLinkService.Created hall = create(ScreenKind.HALL, null, "Hội trường");
        ScreenPass pass = links.signIn(hall.token()).orElseThrow();
        assertThat(links.isActive(pass.linkId())).isTrue(); // now remembered as active
        List<LiveTopic> woken = new CopyOnWriteArrayList<>();
        try (LiveHub.Subscription s = hub.subscribe(conference, java.util.Set.of(LiveTopic.SCREENS),
                () -> woken.add(LiveTopic.SCREENS))) {
            runAs.committee("bantochuc", () -> { links.revoke(pass.linkId()); return null; });

            assertThat(links.signIn(hall.token())).isEmpty();
            assertThat(links.isActive(pass.linkId())).isFalse();
            assertThatThrownBy(() -> runAs.screen(pass, () -> live.live(conference))).isInstanceOf(AccessDeniedException.class);
            LiveDelay.await(() -> !woken.isEmpty());
            assertThat(woken).as("the screens of the conference are told after the commit").isNotEmpty();
        }
        ScreenLink revoked = runAs.committee("bantochuc", () -> links.list(conference)).getFirst();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedBy()).isEqualTo("bantochuc");
    }

    @Test
    void onlyTheCommitteeMakesAndRevokesLinks() {
        assertThatThrownBy(() -> runAs.role("mc", AppRoles.MC, () -> links.create(conference, ScreenKind.HALL, null, "x")))
                .isInstanceOf(AccessDeniedException.class);
        long id = create(ScreenKind.HALL, null, "Hội trường").link().id();
        assertThatThrownBy(() -> runAs.role("man-hinh", AppRoles.SCREEN, () -> { links.revoke(id); return null; }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
