package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "vanthu", roles = AppRoles.STAFF)
class DelegateListPdfServiceTest {

    @Autowired DelegateListPdfService lists;
    @Autowired DelegateService delegates;
    @Autowired ImportFixture sample;

    @Test
    void theListShowsEveryDelegateUnderTheirGroupWithTheHeaderRowOnEveryPage() {
        long conferenceId = sample.quangTriWithSampleDelegates();
        List<Delegate> all = delegates.list(conferenceId, DelegateFilter.all());

        byte[] pdf = lists.pdf(conferenceId, DelegateFilter.all());
        PdfAssertions.save(pdf, "danh-sach-dai-bieu.pdf");

        int pages = PdfAssertions.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String first = PdfAssertions.text(pdf, 1);
        assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH SÁCH ĐẠI BIỂU",
                "I. Lãnh đạo tỉnh", "1 Mai Công Tâm Bí thư Tỉnh ủy Tỉnh ủy Hội trường UBND tỉnh");
        for (int p = 2; p <= pages; p++) {
            assertThat(PdfAssertions.text(pdf, p)).as("page %d", p)
                    .contains("STT Họ và tên Chức vụ Đơn vị Điểm cầu Ghế").startsWith(Integer.toString(p));
        }
        String last = PdfAssertions.text(pdf, pages);
        assertThat(last).contains(all.size() + " " + all.getLast().fullName(), "Tổng số: " + all.size() + " đại biểu.");
    }

    @Test
    @WithMockUser(username = "donvi", roles = AppRoles.UNIT)
    void aUnitRepresentativeCannotPrintTheList() {
        assertThatThrownBy(() -> lists.pdf(1, DelegateFilter.all())).isInstanceOf(AccessDeniedException.class);
    }
}
