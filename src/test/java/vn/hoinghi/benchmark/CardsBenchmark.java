package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import vn.hoinghi.delegate.CardPdfService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.SeatingService;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;

/**
 * Delegate cards for 200 delegates in one PDF (50 A4 pages, 200 signed QR codes). Run alone (docs/benchmarks.md):
 * {@code ./mvnw -o test -Dtest=CardsBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * Prints {@code cards-pdf-200: <median of 5 runs after two warm-ups> ms}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@WithMockUser(username = "benchmark", roles = AppRoles.STAFF)
class CardsBenchmark {

    private static final int DELEGATES = 200;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh"};

    @Autowired ImportFixture sample;
    @Autowired DelegateService delegates;
    @Autowired SeatingService seating;
    @Autowired CardPdfService cards;

    @Test
    void cardsFor200Delegates() throws IOException {
        long conferenceId = sample.quangTriWith("200-dai-bieu.csv", delegates());
        seating.defineRows(conferenceId, SeatingService.uniformRows(12, 16, 2));
        seating.autoAssign(conferenceId, false);
        assertThat(delegates.list(conferenceId, DelegateFilter.all())).hasSize(DELEGATES);

        byte[] pdf = cards.cards(conferenceId, null);
        pdf = cards.cards(conferenceId, null);
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            pdf = cards.cards(conferenceId, null);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        assertThat(PdfAssertions.pages(pdf)).isEqualTo(DELEGATES / 4);
        System.out.printf(Locale.ROOT, "cards-pdf-200: %d ms%n", millis[2]);
        System.out.printf(Locale.ROOT, "cards-pdf-200-size: %.1f MB%n", pdf.length / 1e6);
    }

    /** 200 delegates with made-up unique names and the titles, units, groups and points of the sample sheet. */
    private static byte[] delegates() throws IOException {
        String sheet = new String(ImportFixture.class.getResourceAsStream("/demo/quang-tri-2021/dai-bieu.csv")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sheet)).getRecords();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu", "Thứ tự giới thiệu");
            for (int i = 0; i < DELEGATES; i++) {
                CSVRecord r = rows.get(i % rows.size());
                String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[i / FAMILY.length % MIDDLE.length] + " "
                        + GIVEN[i / (FAMILY.length * MIDDLE.length) % GIVEN.length];
                csv.printRecord(name, name.contains(" Thị ") ? "Nữ" : "Nam", r.get("Chức vụ"), r.get("Đơn vị"),
                        r.get("Thành phần"), r.get("Điểm cầu"), i < 20 ? String.valueOf(i + 1) : "");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
