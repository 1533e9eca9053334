package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.demo.CommuneDemoLoader;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * The demo "Quảng Trị 2025" conference's cards and name plates, kept as target/pdf/the-dai-bieu-demo-2025.pdf and
 * bang-ten-demo-2025.pdf to look at (pdftoppm -png -r 60): its 29 hall delegates seated, 234 at the communes' points.
 */
@IntegrationTest
class CardsDemoPdfTest {

    @Autowired CommuneDemoLoader demo;
    @Autowired CardPdfService cards;
    @Autowired SeatingService seating;
    @Autowired DelegateService delegates;
    @Autowired RunAs runAs;

    @Test
    void theDemoConferencesCardsAndPlatesPrintWithTheirDiacriticsInCapitals() {
        long id = runAs.role("admin-the-demo", AppRoles.ADMIN, () -> demo.load().conferenceId());
        byte[] cardPdf = runAs.committee("bantochuc", () -> cards.cards(id, null));
        byte[] platePdf = runAs.committee("bantochuc", () -> cards.namePlates(id));
        PdfAssertions.save(cardPdf, "the-dai-bieu-demo-2025.pdf");
        PdfAssertions.save(platePdf, "bang-ten-demo-2025.pdf");

        List<Delegate> seated = runAs.committee("bantochuc", () -> seating.plan(id)).rows().stream()
                .flatMap(r -> r.seats().stream()).filter(Objects::nonNull).toList();
        int everyone = runAs.committee("bantochuc", () -> delegates.list(id, DelegateFilter.all())).size();
        assertThat(PdfAssertions.pages(platePdf)).isEqualTo(seated.size()).isEqualTo(29);
        assertThat(PdfAssertions.pages(cardPdf)).isEqualTo((everyone + 3) / 4);
        Delegate secretary = seated.stream().filter(d -> Integer.valueOf(1).equals(d.protocolRank())).findFirst().orElseThrow();
        assertThat(CardTexts.card(cardPdf, 0)).contains(PdfFonts.upper(secretary.fullName()), "Bí thư Tỉnh ủy",
                "ĐẠI BIỂU", "LÃNH ĐẠO TỈNH", "HỘI NGHỊ SƠ KẾT 6 THÁNG VẬN HÀNH CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP NĂM 2025");
        assertThat(PdfAssertions.text(platePdf, 1)).contains(PdfFonts.upper(seated.getFirst().fullName()));
    }
}
