package vn.hoinghi.pointlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.demo.CommuneDemoLoader;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * The demo "Quảng Trị 2025" conference (79 points in 18 clusters) after the scripted day, printed as the report and
 * kept as target/pdf/nhat-ky-diem-cau-demo-2025.pdf to look at (pdftoppm -png).
 */
@IntegrationTest
class PointLogDemoPdfTest {

    @Autowired CommuneDemoLoader demo;
    @Autowired ScriptedDay day;
    @Autowired PointLogService log;
    @Autowired ConferenceService conferences;
    @Autowired RehearsalService rehearsal;
    @Autowired RunAs runAs;

    @Test
    void theDemoConferencesDayPrintsAsTheReport() {
        long id = runAs.role("admin-nhatky-demo", AppRoles.ADMIN, () -> demo.load().conferenceId());
        Conference c = runAs.committee("bantochuc", () -> conferences.get(id).orElseThrow());
        if (runAs.committee("bantochuc", () -> rehearsal.plan(id)).dayResetAt() == null) {
            day.script(id, Times.local(c.startsAt()).toLocalDate());
        }
        byte[] pdf = runAs.committee("bantochuc", () -> log.pdf(id));
        PdfAssertions.save(pdf, "nhat-ky-diem-cau-demo-2025.pdf");
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= PdfAssertions.pages(pdf); p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        assertThat(all.toString()).contains("BÁO CÁO TÌNH HÌNH CÁC ĐIỂM CẦU TRONG NGÀY HỘI NGHỊ",
                "Hội nghị sơ kết 6 tháng vận hành chính quyền địa phương hai cấp năm 2025", "Chưa khắc phục",
                "Tổng cộng toàn tỉnh", "Trần Quang Vinh");
    }
}
