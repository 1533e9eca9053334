package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.invitation.InvitationPdfService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;

/**
 * Invitations for 1,000 delegates in one PDF. Run alone (see docs/benchmarks.md):
 * {@code ./mvnw -o test -Dtest=InvitationPdfBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * Prints {@code invitations-pdf-1000: <median of 3 runs after a warm-up> s}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@WithMockUser(username = "benchmark", roles = AppRoles.STAFF)
class InvitationPdfBenchmark {

    private static final int DELEGATES = 1000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh"};

    @Autowired ImportFixture sample;
    @Autowired DelegateService delegates;
    @Autowired InvitationPdfService invitations;

    @Test
    void invitationsFor1000Delegates() throws IOException {
        long conferenceId = sample.quangTriWith("1000-dai-bieu.csv", thousandDelegates());
        assertThat(delegates.list(conferenceId, DelegateFilter.all())).hasSize(DELEGATES);

        byte[] pdf = invitations.many(conferenceId, DelegateFilter.all(), p -> { });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            pdf = invitations.many(conferenceId, DelegateFilter.all(), p -> { });
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "invitations-pdf-1000: %.2f s%n", seconds[1]);
        // The generating thread's own CPU time: tells a slow machine from a busy one.
        System.out.printf(Locale.ROOT, "invitations-pdf-1000-cpu: %.2f s%n", cpu[1]);
        System.out.printf(Locale.ROOT, "invitations-pdf-1000-size: %.1f MB%n", pdf.length / 1e6);
    }

    /** 1,000 delegates with made-up unique names and the titles, units, groups and points of the sample sheet. */
    private static byte[] thousandDelegates() throws IOException {
        String sheet = new String(ImportFixture.class.getResourceAsStream("/demo/quang-tri-2021/dai-bieu.csv")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sheet)).getRecords();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu");
            List<String> names = new ArrayList<>();
            for (String f : FAMILY) {
                for (String m : MIDDLE) {
                    for (String g : GIVEN) {
                        names.add(f + " " + m + " " + g);
                    }
                }
            }
            for (int i = 0; i < DELEGATES; i++) {
                CSVRecord r = rows.get(i % rows.size());
                String name = names.get((i * 7) % names.size());
                csv.printRecord(name, name.contains(" Thị ") ? "Nữ" : "Nam", r.get("Chức vụ"), r.get("Đơn vị"),
                        r.get("Thành phần"), r.get("Điểm cầu"));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
