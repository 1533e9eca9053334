package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;

/**
 * The cards and name plates read back from their PDFs: who gets one, in which order, a substitute in place of the
 * invited, and the card's QR the delegate's current check-in code.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-the", roles = AppRoles.STAFF)
class CardPdfServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired SeatingService seating;
    @Autowired DelegateService delegates;
    @Autowired GroupService groups;
    @Autowired CardPdfService cards;
    @Autowired DelegateCodes codes;

    @Test
    void everySeatedHallDelegateHasAPlateInProtocolOrderFrontRowsFirst() {
        long conference = seatedConference();
        List<Delegate> expected = seatOrder(conference);

        byte[] pdf = cards.namePlates(conference);
        PdfAssertions.save(pdf, "bang-ten-mau.pdf");

        assertThat(PdfAssertions.pages(pdf)).isEqualTo(expected.size()).isEqualTo(93);
        assertThat(expected.getFirst().seat()).isEqualTo("A1");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(PdfAssertions.text(pdf, i + 1)).as("plate %d", i + 1)
                    .contains(PdfFonts.upper(expected.get(i).fullName()));
        }
        Delegate first = seating.plan(conference).rows().getFirst().seats().get(5);
        assertThat(first.protocolRank()).isEqualTo(1);
        assertThat(PdfAssertions.text(pdf, 6)).contains(PdfFonts.upper(first.fullName()), first.title());
    }

    @Test
    void aSubstituteIsPrintedInPlaceOfTheInvitedOnCardAndPlate() {
        long conference = seatedConference();
        Delegate leader = seating.plan(conference).rows().getFirst().seats().get(5);
        delegates.setSubstitute(leader.id(), leader.version(), "Lê Văn Đức", "Phó Bí thư Tỉnh ủy", null);

        byte[] plates = cards.namePlates(conference);
        String plate = PdfAssertions.text(plates, 6);
        assertThat(plate).contains("LÊ VĂN ĐỨC", "Phó Bí thư Tỉnh ủy").doesNotContain(PdfFonts.upper(leader.fullName()));

        byte[] pdf = cards.cards(conference, leader.groupId());
        PdfAssertions.save(pdf, "the-dai-bieu-du-thay.pdf");
        String card = CardTexts.card(pdf, 0);
        assertThat(card).as("rank 1 comes first").contains("LÊ VĂN ĐỨC", "Phó Bí thư Tỉnh ủy", leader.unitName(), "A – 6")
                .doesNotContain(PdfFonts.upper(leader.fullName()));
    }

    @Test
    void aDelegateWhoDeclinedHasNeitherCardNorPlate() {
        long conference = seatedConference();
        Delegate declining = seating.plan(conference).rows().get(3).seats().get(2);
        delegates.setStatus(List.of(declining.id()), InvitationStatus.DECLINED);

        byte[] plates = cards.namePlates(conference);
        byte[] all = cards.cards(conference, null);

        assertThat(PdfAssertions.pages(plates)).isEqualTo(92);
        String name = PdfFonts.upper(declining.fullName());
        for (int page = 1; page <= PdfAssertions.pages(all); page++) {
            assertThat(PdfAssertions.text(all, page)).doesNotContain(name);
        }
        int everyoneElse = delegates.list(conference, DelegateFilter.all()).size() - 1;
        assertThat(PdfAssertions.pages(all)).isEqualTo((everyoneElse + 3) / 4);
    }

    @Test
    void aCardsQrIsTheDelegatesCurrentCheckInCodeAndAReissuedCodeVoidsTheOldCard() {
        long conference = seatedConference();
        List<Delegate> ordered = delegates.list(conference, DelegateFilter.all()).stream()
                .sorted(CardPdfService.PROTOCOL_ORDER).toList();
        Delegate third = ordered.get(2);
        byte[] pdf = cards.cards(conference, null);
        PdfAssertions.save(pdf, "the-dai-bieu-mau.pdf");

        assertThat(CardTexts.card(pdf, 2)).contains(PdfFonts.upper(third.fullName()));
        String scanned = CardTexts.qr(pdf, 2);
        assertThat(scanned).isEqualTo(codes.link(third));
        assertThat(codes.verify(scanned)).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(third.id()));

        delegates.reissueCode(third.id());

        assertThat(codes.inspect(scanned).verdict()).isEqualTo(DelegateCodes.Verdict.VOIDED);
        String reprinted = CardTexts.qr(cards.cards(conference, null), 2);
        assertThat(reprinted).isNotEqualTo(scanned);
        assertThat(codes.verify(reprinted)).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(third.id()));
    }

    @Test
    void oneGroupsCardsAreItsDelegatesOnlyInItsColour() {
        long conference = fixture.conferenceWithDelegates();
        CompositionGroup leaders = groups.list(conference).getFirst();
        long count = delegates.list(conference, DelegateFilter.all()).stream()
                .filter(d -> Objects.equals(d.groupId(), leaders.id())).count();

        assertThat(leaders.colour()).isNull();
        assertThat(leaders.cardColour()).isEqualTo(GroupColours.PALETTE.getFirst().hex());
        groups.setColour(conference, leaders.id(), "#0d47a1");
        assertThat(groups.list(conference).getFirst().cardColour()).isEqualTo("#0D47A1");
        for (String notInThePalette : new String[] {"xanh", "#FFFF99"}) {
            assertThatThrownBy(() -> groups.setColour(conference, leaders.id(), notInThePalette)).as(notInThePalette)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("colour"));
        }

        byte[] pdf = cards.cards(conference, leaders.id());
        assertThat(PdfAssertions.pages(pdf)).isEqualTo((int) (count + 3) / 4);
        assertThat(CardTexts.card(pdf, 0)).contains("ĐẠI BIỂU", PdfFonts.upper(leaders.name()));
    }

    @Test
    void withoutSeatsThereAreNoPlatesToPrint() {
        long conference = fixture.conferenceWithDelegates();
        assertThatThrownBy(() -> cards.namePlates(conference))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("plates"));
    }

    @Test
    @WithMockUser(username = "cong-1", roles = AppRoles.GATE)
    void aGateAccountCannotPrintThem() {
        assertThatThrownBy(() -> cards.cards(1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cards.namePlates(1L)).isInstanceOf(AccessDeniedException.class);
    }

    /** The 2021 sample: 93 at the hall, ten rows of twelve, the first two reserved for the ranked leaders. */
    private long seatedConference() {
        long conference = fixture.conferenceWithDelegates();
        seating.defineRows(conference, SeatingService.uniformRows(10, 12, 2));
        seating.autoAssign(conference, false);
        return conference;
    }

    private List<Delegate> seatOrder(long conference) {
        return seating.plan(conference).rows().stream().flatMap(r -> r.seats().stream()).filter(Objects::nonNull).toList();
    }
}
