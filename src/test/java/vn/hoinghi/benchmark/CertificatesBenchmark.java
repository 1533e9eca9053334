package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.award.AwardDocumentService;
import vn.hoinghi.award.Ceremony;
import vn.hoinghi.award.CeremonyFixture;
import vn.hoinghi.award.CeremonyOrder;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/**
 * 200 certificates ("Bằng khen") in one PDF, made the way the committee makes them: from the database, through
 * {@link AwardDocumentService#certificatesPdf}, for the 45 collectives and 155 people of the sample proposals that
 * the province decided, in ceremony order. One warm-up, then the median of three runs; the calling thread's CPU time
 * tells a busy machine from a slow program. The PDF is kept in target/ to look at.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@WithMockUser(username = "bantochuc-bk", roles = AppRoles.STAFF)
class CertificatesBenchmark {

    @Autowired CeremonyFixture fixture;
    @Autowired CeremonyService ceremonies;
    @Autowired AwardDocumentService documents;

    @Test
    void twoHundredCertificatesInOnePdf() throws Exception {
        long conference = fixture.conference(45, 155);
        Ceremony plan = ceremonies.generate(conference, 0, 10, CeremonyOrder.COLLECTIVES_FIRST_BY_UNIT);
        assertThat(plan.recipients()).isEqualTo(200);

        byte[] pdf = documents.certificatesPdf(conference); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        for (int run = 0; run < 3; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pdf = documents.certificatesPdf(conference);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Files.write(Path.of("target/certificates-200.pdf"), pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(200);
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(1)))
                    .contains(plan.allRecipients().getFirst().fullName(), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(200))).contains(plan.allRecipients().getLast().fullName());
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("certificates-pdf-200: %.2f s%n", seconds[1]);
        System.out.printf("certificates-pdf-200-cpu: %.2f s%n", cpu[1]);
        System.out.printf("certificates-pdf-200-size: %d KB%n", pdf.length / 1024);
    }
}
