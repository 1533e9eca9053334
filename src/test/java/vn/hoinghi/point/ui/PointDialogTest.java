package vn.hoinghi.point.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;

/** "Xóa" in the point's dialog asks first; a point in use stays and the dialog says what uses it. */
@IntegrationTest
@WithMockUser(username = "bantochuc-ui", roles = AppRoles.STAFF)
class PointDialogTest extends SignedInBrowserlessTest {

    @Autowired ImportFixture fixture;
    @Autowired PointService points;
    @Autowired ScreenLinkService screens;

    private MeetingPoint point(long conference, long id) {
        return points.list(conference).stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private void deleteConfirmed(PointDialog dialog) {
        dialog.open();
        roundTrip();
        test($(Button.class).withText(dialog.getTranslation("action.delete")).single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Điểm cầu xã Thử Xóa");
        test(confirm).confirm();
    }

    @Test
    void aPointInUseStaysAndTheRefusalIsShownAsTheServiceWordsIt() {
        long conference = fixture.conferenceWithPoints();
        long id = points.create(conference, new PointDraft("Điểm cầu xã Thử Xóa", null, null, null, null, 0, null));
        screens.create(conference, ScreenKind.POINT, id, "Màn hình xã");
        PointDialog dialog = new PointDialog(points, conference, point(conference, id), List.of(), () -> { });

        deleteConfirmed(dialog);

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Không xóa được Điểm cầu xã Thử Xóa: còn 1 màn hình điểm cầu.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(point(conference, id)).isNotNull();
    }

    @Test
    void aPointNothingUsesIsDeletedAndTheListRefreshed() {
        long conference = fixture.conferenceWithPoints();
        long id = points.create(conference, new PointDraft("Điểm cầu xã Thử Xóa", null, null, null, null, 0, null));
        AtomicBoolean refreshed = new AtomicBoolean();
        PointDialog dialog = new PointDialog(points, conference, point(conference, id), List.of(), () -> refreshed.set(true));

        deleteConfirmed(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(refreshed).isTrue();
        assertThat(point(conference, id)).isNull();
    }

    @Test
    void theHallsDialogHasNoDeleteButton() {
        long conference = fixture.conferenceWithPoints();
        PointDialog dialog = new PointDialog(points, conference, points.hall(conference), List.of(), () -> { });
        dialog.open();
        roundTrip();
        assertThat($(Button.class).withText(dialog.getTranslation("action.delete")).all()).isEmpty();
    }
}
