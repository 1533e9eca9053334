package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(roles = AppRoles.STAFF)
class SeatingServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired SeatingService seating;
    @Autowired DelegateService delegates;
    @Autowired SeatPlanPdfService seatPlans;

    @Test
    void leadersTakeTheReservedRowsFromTheMiddleAndEveryoneInTheHallGetsASeat() {
        long conference = fixture.conferenceWithDelegates();
        seating.defineRows(conference, SeatingService.uniformRows(10, 12, 2));

        assertThat(seating.autoAssign(conference, false)).isZero();

        SeatPlan plan = seating.plan(conference);
        assertThat(plan.capacity()).isEqualTo(120);
        assertThat(plan.seated()).isEqualTo(93);
        assertThat(plan.unseated()).isEmpty();
        List<Delegate> front = plan.rows().getFirst().seats();
        assertThat(front.get(5).protocolRank()).isEqualTo(1);
        assertThat(front.get(6).protocolRank()).isEqualTo(2);
        assertThat(front.get(4).protocolRank()).isEqualTo(3);
        assertThat(plan.rows().get(2).seats().getFirst().protocolRank()).as("row C starts the others").isNull();
        assertThat(delegates.list(conference, DelegateFilter.all()).stream().filter(d -> !d.atHall()))
                .allSatisfy(d -> assertThat(d.seat()).isNull());
    }

    @Test
    void movingSomeoneIntoATakenSeatSwapsThem() {
        long conference = fixture.conferenceWithDelegates();
        seating.defineRows(conference, SeatingService.uniformRows(10, 12, 2));
        seating.autoAssign(conference, false);
        SeatPlan plan = seating.plan(conference);
        Delegate first = plan.rows().getFirst().seats().get(5);
        Delegate back = plan.rows().get(5).seats().get(0);

        seating.move(conference, back.id(), "A", 6);

        assertThat(delegates.get(back.id()).orElseThrow().seat()).isEqualTo("A6");
        assertThat(delegates.get(first.id()).orElseThrow().seat()).isEqualTo("F1");
        assertThatThrownBy(() -> seating.move(conference, back.id(), "A", 13))
                .isInstanceOf(ValidationException.class).hasMessageContaining("A13");
    }

    @Test
    void aSmallerHallSaysHowManyHaveNoSeatAndDeclinedDelegatesAreNotSeated() {
        long conference = fixture.conferenceWithDelegates();
        Delegate declining = delegates.list(conference, DelegateFilter.all()).stream().filter(Delegate::atHall)
                .filter(d -> d.protocolRank() == null).findFirst().orElseThrow();
        delegates.setStatus(List.of(declining.id()), InvitationStatus.DECLINED);
        seating.defineRows(conference, SeatingService.uniformRows(5, 10, 1));

        int left = seating.autoAssign(conference, false);

        assertThat(left).isEqualTo(92 - 50);
        assertThat(delegates.get(declining.id()).orElseThrow().seat()).isNull();
        SeatPlan plan = seating.plan(conference);
        assertThat(plan.rows().stream().flatMap(r -> r.seats().stream()).filter(Objects::nonNull)).hasSize(50);
    }

    @Test
    void theSeatPlanPrintsTheStageAndWhoSitsWhere() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        assertThatThrownBy(() -> seatPlans.pdf(conference)).isInstanceOf(ValidationException.class);
        seating.defineRows(conference, SeatingService.uniformRows(10, 12, 2));
        seating.autoAssign(conference, false);

        byte[] pdf = seatPlans.pdf(conference);

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/so-do-cho-ngoi.pdf"), pdf);
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            String text = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertThat(text).contains("SƠ ĐỒ CHỖ NGỒI", "SÂN KHẤU", "Mai Công Tâm", "93/120");
        }
    }
}
