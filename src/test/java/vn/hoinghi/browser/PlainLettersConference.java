package vn.hoinghi.browser;

import vn.hoinghi.TestData;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.award.NominationDraft;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.QuotaDraft;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.unit.UnitService;

/**
 * A conference whose data is Vietnamese written without its marks ("Nguyen Van An", "So Y te tinh Ha Giang"): no
 * letter of it is Vietnamese-only and no word of it is English, so whatever Vietnamese letter shows on its pages in
 * English, and whatever English word in Vietnamese, is the UI's own text. Made through the services, as the
 * committee. Its units have names no other test uses: the units directory is shared, and a name is matched without
 * its marks ("So Y te" would be another test's "Sở Y tế").
 */
@Component
class PlainLettersConference {

    record Made(long conferenceId, long remotePointId, long unitId, String invitationCode) {
    }

    private final ConferenceService conferences;
    private final PointService points;
    private final DelegateService delegates;
    private final DelegateCodes codes;
    private final AgendaService agenda;
    private final QuotaService quotas;
    private final NominationService nominations;
    private final FollowUpService tasks;
    private final ScreenLinkService screenLinks;
    private final UnitService units;
    private final AgendaLiveService live;
    private final CheckinService checkins;
    private final RunAs runAs;

    PlainLettersConference(ConferenceService conferences, PointService points, DelegateService delegates,
                           DelegateCodes codes, AgendaService agenda, QuotaService quotas, NominationService nominations,
                           FollowUpService tasks, ScreenLinkService screenLinks, UnitService units,
                           AgendaLiveService live, CheckinService checkins, RunAs runAs) {
        this.live = live;
        this.checkins = checkins;
        this.conferences = conferences;
        this.points = points;
        this.delegates = delegates;
        this.codes = codes;
        this.agenda = agenda;
        this.quotas = quotas;
        this.nominations = nominations;
        this.tasks = tasks;
        this.screenLinks = screenLinks;
        this.units = units;
        this.runAs = runAs;
    }

    /** Starts the programme, so the MC's page and the screens show an item as it runs. */
    void startProgramme(Made made) {
        runAs.role("walk-setup", AppRoles.ADMIN, () -> live.start(made.conferenceId()));
    }

    Made make(int number) {
        return runAs.role("walk-setup", AppRoles.ADMIN, () -> {
            long id = conferences.create(plan(number));
            long hall = points.hall(id).id();
            long remote = points.create(id, new PointDraft("Diem cau huyen Bac Me", "UBND huyen Bac Me", "Phong hop so 2",
                    "Tran Van Binh", "0912345678", 25, null));
            long an = delegates.create(id, delegate("Nguyen Van An", Gender.MALE, "Giam doc", "So Y te tinh Ha Giang", hall));
            delegates.create(id, delegate("Le Thi Hoa", Gender.FEMALE, "Pho Chu tich", "UBND huyen Bac Me", remote));
            long unit = units.findOrCreate(id, "So Y te tinh Ha Giang").id();
            agenda.create(id, new AgendaDraft(AgendaKind.CEREMONY, "Tuyen bo ly do", null, "Nguoi dan chuong trinh",
                    null, 5, null, "Kinh thua cac dong chi", null));
            agenda.create(id, new AgendaDraft(AgendaKind.SPEECH, "Phat bieu khai mac", an, null, null, 10, null, null, null));
            agenda.create(id, new AgendaDraft(AgendaKind.DISCUSSION, "Y kien cua huyen Bac Me", null, "Le Thi Hoa",
                    "UBND huyen Bac Me", 7, remote, null, null));
            agenda.create(id, new AgendaDraft(AgendaKind.CLOSING, "Be mac hoi nghi", null, "Chu tri", null, 5, null, null, null));
            var settings = quotas.settings(id);
            String form = "Bang khen cua Chu tich UBND tinh";
            quotas.save(id, settings.version(), Times.fromLocal(TestData.STARTS.minusDays(5).withHour(23).withMinute(59)),
                    List.of(new QuotaDraft(null, form, 5, 10)));
            nominations.create(id, new NominationDraft(RecipientType.INDIVIDUAL, form, unit,
                    "Pham Thi Lan", "Bac si", "Benh vien tinh", "Hoan thanh xuat sac nhiem vu nam 2026"));
            tasks.create(id, TaskDraft.of(TaskOrigin.PLAN, "Trien khai ke hoach tiem chung", unit,
                    "Cac so, nganh lien quan", LocalDate.of(2026, 12, 31)));
            screenLinks.create(id, ScreenKind.HALL, null, "Man hinh hoi truong");
            checkins.checkInFound(id, an, "Cong so 1");
            String code = codes.code(delegates.get(an).orElseThrow());
            return new Made(id, remote, unit, code);
        });
    }

    private static ConferenceDraft plan(int number) {
        ConferenceDraft d = new ConferenceDraft();
        d.setTitle("Hoi nghi tong ket nam 2026 so " + number);
        d.setOrganizer("UBND tinh Ha Giang");
        d.setProvince("Ha Giang");
        d.setVenue("Hoi truong tinh uy");
        d.setFormat(ConferenceFormat.HYBRID);
        d.setStartsAt(TestData.STARTS);
        d.setEndsAt(TestData.ENDS);
        d.setExpectedHallDelegates(80);
        d.setSignerBlock("TM. UBND TINH / CHU TICH");
        d.setSignerName("Hoang Van Nam");
        return d;
    }

    private static DelegateDraft delegate(String name, Gender gender, String title, String unit, long point) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(name);
        d.setGender(gender);
        d.setTitle(title);
        d.setUnitName(unit);
        d.setGroupName("Lanh dao so nganh");
        d.setPointId(point);
        return d;
    }
}
