package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.SeatingService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * Issue 23 part 5: 500 hall delegates have their own page open (each its own session, without an account, speaking
 * Vaadin's protocol with push from a {@link ScreenFleet} process), all following one conference's programme, and:
 * <ul>
 * <li>{@code delegate-pages-next-p95}: the MC's "next" until all 500 pages have the new item marked on now; per round
 * the last page, p95 over the rounds (goal ≤ 1 s).</li>
 * <li>{@code delegate-page-heap}: the app's heap after full collections, grown by the pages, per page (goal ≤ 150 KB).
 * </li>
 * </ul>
 * The command is in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DelegatePagesBenchmark {

    private static final int PAGES = Integer.getInteger("pages.count", 500);
    private static final int ROUNDS = Integer.getInteger("pages.rounds", 20);
    private static final int ITEMS = ROUNDS + 2;
    private static final int CONCURRENCY = Integer.getInteger("pages.concurrency", 8);
    private static final Duration ROUND_PAUSE = Duration.ofSeconds(2);
    private static final Duration MISSED_AFTER = Duration.ofSeconds(15);
    private static final String MC = "mc-trang-dai-bieu";
    private static final String COMMITTEE = "ban-to-chuc-trang-dai-bieu";
    private static final String ON_NOW = "Đang diễn ra";

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired ConferenceService conferences;
    @Autowired DelegateImportService delegateImport;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired SeatingService seating;
    @Autowired AgendaService agenda;
    @Autowired AgendaLiveService live;
    @Autowired LiveHub hub;

    @Test
    void fiveHundredDelegatePagesFollowTheMc() throws Exception {
        String loadBefore = Figures.loadAverage();
        long conference = conference();
        List<String> tabs = runAs.committee(COMMITTEE, () -> delegates.list(conference, DelegateFilter.all()).stream()
                .map(d -> "page moi/" + codes.code(d) + " " + d.fullName()).toList());
        Path dir = Files.createTempDirectory("delegate-pages-benchmark");
        try (FleetProcess fleet = new FleetProcess("http://localhost:" + port + "/", "-", "-", CONCURRENCY, "1500m")) {
            open(fleet, dir, "warm", tabs.subList(0, 4));
            fleet.ask("close", Duration.ofMinutes(2));
            long heapBefore = Figures.settledHeap();
            long t = System.nanoTime();
            open(fleet, dir, "pages", tabs);
            System.out.printf("delegate-pages-open-time: %.0f s%n", (System.nanoTime() - t) / 1e9);
            long heapAfter = Figures.settledHeap();
            String[] status = fleet.ask("status", Duration.ofSeconds(30)).split(" ");
            System.out.printf("delegate-pages-open: %s sessions (of %d; %d subscriptions to the conference)%n",
                    status[2], tabs.size(), hub.subscriberCount(conference));
            System.out.printf("delegate-page-heap: %.0f KB%n", (heapAfter - heapBefore) / 1024.0 / tabs.size());
            assertThat(Integer.parseInt(status[2])).as("pages with their push channel up").isEqualTo(tabs.size());
            rounds(fleet, conference);
            System.out.println("load-average: " + loadBefore + " -> " + Figures.loadAverage());
            fleet.ask("close", Duration.ofMinutes(10));
        }
    }

    /** 500 hall delegates seated in 20 rows of 30, a programme of short items, started. */
    private long conference() {
        long id = runAs.committee(COMMITTEE, () -> {
            var plan = TestData.quangTri();
            plan.setTitle(TestData.unique("Hội nghị 500 đại biểu"));
            long c = conferences.create(plan);
            delegateImport.commit(delegateImport.preview(c, "dai-bieu-500.csv", delegatesCsv(), p -> { }));
            seating.defineRows(c, SeatingService.uniformRows(20, 30, 1));
            seating.autoAssign(c, true);
            for (int i = 1; i <= ITEMS; i++) {
                agenda.create(c, new AgendaDraft(i % 3 == 0 ? AgendaKind.CONTRIBUTION : AgendaKind.SPEECH,
                        String.format("Nội dung %02d của chương trình thử", i), null, "Người trình bày " + i, null, 10,
                        null, null, null));
            }
            return c;
        });
        accounts.serving(MC, AppRoles.MC, id);
        runAs.role(MC, AppRoles.MC, () -> live.start(id));
        return id;
    }

    private static void open(FleetProcess fleet, Path dir, String group, List<String> tabs) throws Exception {
        Path file = Files.write(dir.resolve(group + ".txt"), tabs, StandardCharsets.UTF_8);
        String[] opened = fleet.ask("tabs " + group + " " + file, Duration.ofMinutes(30)).split(" ");
        assertThat(opened[2]).as(group + " pages that failed to open").isEqualTo("0");
    }

    /** Each round: the MC moves on; every page marks the new item "on now". */
    private void rounds(FleetProcess fleet, long conference) throws Exception {
        List<Double> lastPage = new ArrayList<>();
        int missed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            fleet.ask("expectin " + round + " pages " + ON_NOW, Duration.ofSeconds(30));
            Thread.sleep(ROUND_PAUSE.toMillis());
            long t0 = ScreenClient.nowMicros();
            runAs.role(MC, AppRoles.MC, () -> live.next(conference));
            String[] result = fleet.ask("collect " + round + " " + MISSED_AFTER.toMillis(), MISSED_AFTER.plusSeconds(30))
                    .split(" ");
            long last = -1;
            for (String at : result[2].split(",")) {
                long a = Long.parseLong(at);
                if (a < 0) {
                    missed++;
                } else {
                    last = Math.max(last, a - t0);
                }
            }
            if (last >= 0) {
                lastPage.add(last / 1000.0);
            }
        }
        Collections.sort(lastPage);
        System.out.printf("delegate-pages-next-p50: %.0f ms%n", Figures.percentile(lastPage, 0.5));
        System.out.printf("delegate-pages-next-p95: %.0f ms%n", Figures.percentile(lastPage, 0.95));
        System.out.printf("delegate-pages-next-max: %.0f ms%n", Figures.percentile(lastPage, 1.0));
        System.out.printf("delegate-pages-next-missed: %d pages × rounds%n", missed);
    }

    private static byte[] delegatesCsv() {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ"};
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Giới tính,Chức vụ,Đơn vị,Thành phần\n");
        for (int n = 1; n <= PAGES; n++) {
            csv.append(n).append(',').append(family[n % family.length]).append(" Văn Trang ").append(n)
                    .append(",Nam,Chuyên viên,Sở Thử ").append(n % 20 + 1).append(",Đại biểu mời\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
