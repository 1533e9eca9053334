package vn.hoinghi.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.Account;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.TestAccounts;

/**
 * {@link PointsBenchmark}'s conference, made as the committee would: 250 points in 25 clusters of ten (imported
 * from a generated sheet), two delegates a point (imported), a programme of 24 items started by the MC, a
 * coordinator account assigned to each point, two screen links a point and 300 hall screen links, and five
 * committee accounts for the walls. Returns what the fleet opens, one tab a line.
 */
@Component
class PointsConference {

    static final int POINTS = Integer.getInteger("points.count", 250);
    static final int SCREENS_PER_POINT = 2;
    static final int HALL_SCREENS = Integer.getInteger("points.hallScreens", 300);
    static final int WALLS = 5;
    static final int AGENDA_ITEMS = 24;
    static final String MC_USER = "mc-diem-cau-tai-thu";
    private static final String COMMITTEE = "ban-to-chuc-diem-cau";

    record Desk(String username, long pointId, String pointName) {
    }

    record Made(long conferenceId, List<String> walls, List<String> desks, List<String> pointScreens,
                List<String> hallScreens, List<Desk> deskAccounts, List<String> agendaTitles) {
    }

    private final RunAs runAs;
    private final TestAccounts accounts;
    private final AccountService accountService;
    private final ConferenceService conferences;
    private final PointImportService pointImport;
    private final PointService points;
    private final PointDayService pointDay;
    private final DelegateImportService delegateImport;
    private final AgendaService agenda;
    private final AgendaLiveService live;
    private final ScreenLinkService links;

    PointsConference(RunAs runAs, TestAccounts accounts, AccountService accountService, ConferenceService conferences,
                     PointImportService pointImport, PointService points, PointDayService pointDay,
                     DelegateImportService delegateImport, AgendaService agenda, AgendaLiveService live,
                     ScreenLinkService links) {
        this.runAs = runAs;
        this.accounts = accounts;
        this.accountService = accountService;
        this.conferences = conferences;
        this.pointImport = pointImport;
        this.points = points;
        this.pointDay = pointDay;
        this.delegateImport = delegateImport;
        this.agenda = agenda;
        this.live = live;
        this.links = links;
    }

    Made make() {
        return make(HALL_SCREENS);
    }

    /** The same conference with {@code hallScreenCount} hall screen links. */
    Made make(int hallScreenCount) {
        long id = runAs.committee(COMMITTEE, () -> {
            var plan = TestData.quangTri();
            plan.setTitle(TestData.unique("Hội nghị 250 điểm cầu"));
            long c = conferences.create(plan);
            pointImport.commit(c, pointImport.preview(c, "diem-cau-250.csv", pointsCsv()));
            delegateImport.commit(delegateImport.preview(c, "dai-bieu-500.csv", delegatesCsv(), p -> { }));
            for (int i = 1; i <= AGENDA_ITEMS; i++) {
                agenda.create(c, new AgendaDraft(i % 3 == 0 ? AgendaKind.CONTRIBUTION : AgendaKind.SPEECH, title(i),
                        null, "Người trình bày " + i, null, 10, null, null, null));
            }
            return c;
        });
        List<MeetingPoint> remote = runAs.committee(COMMITTEE, () -> points.list(id)).stream()
                .filter(p -> !p.hall()).toList();
        List<Desk> desks = coordinators(id, remote);
        for (int i = 1; i <= WALLS; i++) {
            accounts.serving("bm-wall-" + i, AppRoles.STAFF, id);
        }
        accounts.serving(MC_USER, AppRoles.MC, id);
        runAs.role(MC_USER, AppRoles.MC, () -> live.start(id));
        List<String> pointScreens = runAs.committee(COMMITTEE, () -> remote.stream()
                .flatMap(p -> java.util.stream.IntStream.rangeClosed(1, SCREENS_PER_POINT)
                        .mapToObj(n -> link(id, ScreenKind.POINT, p.id(), "Màn hình " + n + " " + p.name())
                                + " " + title(1)))
                .toList());
        List<String> hallScreens = runAs.committee(COMMITTEE, () -> java.util.stream.IntStream.rangeClosed(1, hallScreenCount)
                .mapToObj(n -> link(id, ScreenKind.HALL, null, "Màn hình hội trường " + n) + " " + title(1)).toList());
        List<String> walls = java.util.stream.IntStream.rangeClosed(1, WALLS)
                .mapToObj(n -> "login bm-wall-" + n + " conferences/" + id + "/point-status?trouble=1 Trạng thái điểm cầu")
                .toList();
        List<String> deskTabs = desks.stream().map(d -> "login " + d.username() + " conferences/" + id + "/point-desk "
                + d.pointName()).toList();
        List<String> titles = java.util.stream.IntStream.rangeClosed(1, AGENDA_ITEMS).mapToObj(PointsConference::title).toList();
        return new Made(id, walls, deskTabs, pointScreens, hallScreens, desks, titles);
    }

    /** One coordinator account per point, assigned to it. */
    private List<Desk> coordinators(long conferenceId, List<MeetingPoint> remote) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < remote.size(); i++) {
            names.add(accounts.serving(String.format("bm-desk-%03d", i + 1), AppRoles.POINT, conferenceId));
        }
        Map<String, Long> ids = runAs.role("quan-tri-diem-cau", AppRoles.ADMIN, () -> accountService.list()).stream()
                .collect(Collectors.toMap(Account::username, Account::id));
        List<Desk> desks = new ArrayList<>();
        runAs.committee(COMMITTEE, () -> {
            for (int i = 0; i < remote.size(); i++) {
                pointDay.assign(remote.get(i).id(), ids.get(names.get(i)));
                desks.add(new Desk(names.get(i), remote.get(i).id(), remote.get(i).name()));
            }
            return null;
        });
        return desks;
    }

    private String link(long conferenceId, ScreenKind kind, Long pointId, String label) {
        return "link s/" + links.create(conferenceId, kind, pointId, label).token();
    }

    private static String title(int i) {
        return String.format("Nội dung %02d của chương trình thử", i);
    }

    private static byte[] pointsCsv() {
        StringBuilder csv = new StringBuilder("STT,Tên điểm cầu,Đơn vị chủ trì,Cụm,Phòng họp,Kỹ thuật viên,"
                + "Điện thoại kỹ thuật,Số đại biểu dự kiến,Đường dẫn họp\n");
        for (int i = 1; i <= POINTS; i++) {
            csv.append(i).append(",Điểm cầu xã Thử ").append(i).append(",UBND xã Thử ").append(i)
                    .append(",Cụm ").append((i - 1) / 10 + 1).append(",Hội trường UBND xã Thử ").append(i)
                    .append(",Kỹ thuật viên ").append(i).append(',').append(String.format("09%08d", i))
                    .append(",20,https://hop.example.gov.vn/p/xa-thu-").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] delegatesCsv() {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ"};
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Giới tính,Chức vụ,Đơn vị,Thành phần,Điểm cầu\n");
        int n = 0;
        for (int i = 1; i <= POINTS; i++) {
            for (String role : List.of("Bí thư Đảng ủy", "Chủ tịch UBND")) {
                n++;
                csv.append(n).append(',').append(family[n % family.length]).append(" Văn Thử ").append(n)
                        .append(",Nam,").append(role).append(" xã Thử ").append(i).append(",UBND xã Thử ").append(i)
                        .append(",Lãnh đạo cấp xã,Điểm cầu xã Thử ").append(i).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
