package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** The list attached to the decision, as PDF (text read back, diacritics intact) and as .xlsx (read back). */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-vb", roles = AppRoles.STAFF)
class AwardDocumentServiceTest {

    @Autowired AwardFixture fixture;
    @Autowired NominationService nominations;
    @Autowired AppraisalService appraisal;
    @Autowired DecisionService decisions;
    @Autowired AwardDocumentService documents;
    @Autowired NominationImportService importer;

    @Test
    void theDecisionsListGroupsCollectivesThenIndividualsInTheDecree30Layout() {
        long conference = fixture.conferenceWithSample();
        long decision = decideTheFirstAccepted(conference, 45, 152);

        byte[] pdf = documents.decisionPdf(decision);
        PdfAssertions.save(pdf, "danh-sach-khen-thuong.pdf");

        String first = PdfAssertions.text(pdf, 1);
        assertThat(first).contains("ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 10 tháng 12 năm 2026", "DANH SÁCH",
                "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
                "(Kèm theo Quyết định số 2456/QĐ-UBND ngày 10 tháng 12 năm 2026 của Chủ tịch UBND tỉnh Kiên Giang)",
                "STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Thành tích", "I. TẬP THỂ (45)",
                "Khoa Truyền nhiễm,", "Bệnh viện Đa khoa tỉnh", "Kiểm soát chặt chẽ tuyến biên");
        int pages = PdfAssertions.pages(pdf);
        String all = java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(p -> PdfAssertions.text(pdf, p))
                .reduce("", String::concat);
        assertThat(all).contains("II. CÁ NHÂN (152)", "Đinh Thị Yến", "Đại úy, Trung tâm Y tế", "Hoàng Thị Ngọc Thủy",
                "Đặng Thị Minh Lan", "Tổng số: 45 tập thể, 152 cá nhân.");
        assertThat(all.indexOf("I. TẬP THỂ")).isLessThan(all.indexOf("II. CÁ NHÂN"));
        assertThat(all).doesNotContain("Tổ Covid cộng đồng thôn Hải Lăng").as("not accepted: not in the list");
        assertThat(PdfAssertions.text(pdf, 2)).startsWith("2 ");
    }

    @Test
    void theXlsxListMadeFromAnEnglishPageIsStillTheVietnameseDocumentAndReimportsAsTheSameNominations() {
        long conference = fixture.conferenceWithSample();
        long decision = decideTheFirstAccepted(conference, 3, 5);

        byte[] xlsx = onAnEnglishPage(() -> documents.decisionXlsx(decision));

        java.util.Map<Integer, SourceRow> rows = TabularFiles.read("ds.xlsx", new ByteArrayInputStream(xlsx)).getFirst()
                .stream().collect(java.util.stream.Collectors.toMap(SourceRow::number, r -> r));
        assertThat(rows.get(1).cell(0)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
        assertThat(rows.get(3).cell(0)).isEqualTo("Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(rows.get(4).cell(0)).isEqualTo("(Kèm theo Quyết định số 2456/QĐ-UBND ngày 10 tháng 12 năm 2026"
                + " của Chủ tịch UBND tỉnh Kiên Giang)");
        assertThat(rows.get(6).cells()).containsExactly("STT", "Tập thể/Cá nhân", "Họ và tên / Tên tập thể", "Chức vụ",
                "Đơn vị công tác", "Đơn vị đề nghị", "Hình thức khen thưởng", "Thành tích tóm tắt");
        assertThat(rows.get(7).cell(0)).isEqualTo("I. TẬP THỂ");
        assertThat(rows.get(8).cells()).startsWith("1", "Tập thể", "Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh (38)");
        assertThat(rows.get(11).cell(0)).isEqualTo("II. CÁ NHÂN");
        assertThat(rows.get(12).cells()).startsWith("1", "Cá nhân", "Đinh Thị Yến", "Đại úy",
                "Trung tâm Y tế huyện Hướng Hóa", "UBND huyện Hải Lăng");

        long other = fixture.conference(45, 152);
        NominationImportPreview again = importer.preview(other, "ds.xlsx", xlsx, null);
        assertThat(again.problems()).isEmpty();
        assertThat(again.count(ImportAction.ADD)).isEqualTo(8);
    }

    private static <T> T onAnEnglishPage(java.util.function.Supplier<T> work) {
        try (var _ = OnPage.english()) {
            return work.get();
        }
    }

    /** Accepts the first collectives and individuals in the sample's order and puts them in one decision. */
    private long decideTheFirstAccepted(long conference, int collectives, int individuals) {
        List<Long> ids = new java.util.ArrayList<>();
        int[] left = {collectives, individuals};
        for (Nomination n : nominations.list(conference, NominationFilter.ALL)) {
            int i = n.type().ordinal();
            if (left[i] > 0) {
                appraisal.accept(n.id(), n.version());
                ids.add(n.id());
                left[i]--;
            }
        }
        return decisions.create(conference, new DecisionDraft("2456/QĐ-UBND", LocalDate.of(2026, 12, 10),
                "Chủ tịch UBND tỉnh Kiên Giang", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Lê Văn Thi"), ids);
    }
}
