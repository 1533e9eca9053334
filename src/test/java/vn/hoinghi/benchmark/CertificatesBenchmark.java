package vn.hoinghi.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.hoinghi.award.Certificate;
import vn.hoinghi.award.CertificatePdf;

/**
 * 200 certificates ("Bằng khen") in one PDF: 45 collectives and 155 people with Vietnamese names, titles, units
 * and achievements. One warm-up, then the median of three runs; the generating thread's CPU time tells a busy
 * machine from a slow program.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CertificatesBenchmark {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] GIVEN = {"Thị Hường", "Văn Hùng", "Đức Thắng", "Ngọc Ánh", "Quốc Việt", "Thu Hằng",
            "Minh Tuấn", "Thị Lệ", "Hữu Phước", "Khánh Linh"};
    private static final String[] UNITS = {"Sở Y tế", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "UBND huyện Đakrông",
            "UBND huyện Vĩnh Linh", "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh", "UBND thành phố Đông Hà"};

    @Test
    void twoHundredCertificatesInOnePdf() {
        List<Certificate> certificates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean collective = i < 45;
            String unit = UNITS[i % UNITS.length];
            String name = collective ? "Tổ Covid cộng đồng số " + (i + 1) + ", " + unit
                    : SURNAMES[i % SURNAMES.length] + " " + GIVEN[(i / SURNAMES.length) % GIVEN.length];
            certificates.add(new Certificate("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "Bằng khen", name, collective,
                    collective ? null : "Chuyên viên phòng Nghiệp vụ", unit,
                    "xuất sắc trong công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh năm 2021", "2456/QĐ-UBND",
                    LocalDate.of(2021, 10, 25), "Quảng Trị", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"));
        }
        CertificatePdf.of(certificates); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        int size = 0;
        for (int run = 0; run < 3; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            size = CertificatePdf.of(certificates).length;
            seconds[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("certificates-pdf-200: %.2f s%n", seconds[1]);
        System.out.printf("certificates-pdf-200-cpu: %.2f s%n", cpu[1]);
        System.out.printf("certificates-pdf-200-size: %d KB%n", size / 1024);
    }
}
