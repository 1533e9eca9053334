package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.submission.ContributionStatus.ACCEPTED;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.submission.Proceedings;
import vn.hoinghi.submission.ProceedingsFixture;
import vn.hoinghi.submission.ProceedingsService;

/**
 * The proceedings of 12 accepted contributions of 10 full pages each (Vietnamese text, each file with its own
 * embedded font), made the way the committee makes them: from the database through {@link ProceedingsService#make}.
 * One warm-up, then the median of three runs; the calling thread's CPU time tells a busy machine from a slow program.
 * The PDF is kept in target/ to look at.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@WithMockUser(username = "bantochuc-bk-ky-yeu", roles = AppRoles.STAFF)
class ProceedingsBenchmark {

    private static final int CONTRIBUTIONS = 12;
    private static final int PAGES_EACH = 10;

    @Autowired ProceedingsFixture fixture;
    @Autowired ProceedingsService proceedings;

    @Test
    void twelveContributionsOfTenPagesInOnePdf() throws Exception {
        long conference = fixture.conference();
        for (int i = 1; i <= CONTRIBUTIONS; i++) {
            fixture.contribution(conference, i, "Đơn vị tham luận số " + i, "Tham luận số " + i + ": kết quả phòng,"
                    + " chống dịch COVID-19 và đề xuất", ACCEPTED, "Người trình bày " + i, "Giám đốc", false,
                    ProceedingsFixture.fullPagesPdf("Tham luận " + i, PAGES_EACH));
        }

        Proceedings p = proceedings.make(conference); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        for (int run = 0; run < 3; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            p = proceedings.make(conference);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Files.write(Path.of("target/proceedings-12x10.pdf"), p.pdf());
        assertThat(p.pages()).isEqualTo(2 + CONTRIBUTIONS * PAGES_EACH);
        assertThat(PdfAssertions.text(p.pdf(), 3)).contains("Tham luận 1 - page 1", "Trang 3");
        assertThat(PdfAssertions.text(p.pdf(), p.pages())).contains("Tham luận 12 - page 10", "Trang " + p.pages());
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("proceedings-pages: %d pages%n", p.pages());
        System.out.printf("proceedings-seconds: %.2f s%n", seconds[1]);
        System.out.printf("proceedings-cpu: %.2f s%n", cpu[1]);
        System.out.printf("proceedings-size: %d KB%n", p.pdf().length / 1024);
    }
}
