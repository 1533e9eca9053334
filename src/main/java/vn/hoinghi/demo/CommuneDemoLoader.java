package vn.hoinghi.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.SeatingService;
import vn.hoinghi.handout.HandoutService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.security.AppRoles;

/**
 * The 2025 demo: a review conference of the new Quảng Trị province with its hall and 78 commune points in 18
 * clusters (the real sheet), invented delegates at every point, a programme whose contributions come from communes
 * with a discussion the points may ask to speak in, the hall seated (cards and name plates print from it), the rehearsal the afternoon before and the technicians on duty. Loaded once: a second load finds it and changes nothing.
 */
@Service
public class CommuneDemoLoader implements DemoConference {

    private static final DemoFiles FILES = DemoFiles.QUANG_TRI_2025;
    static final String POINTS_FILE = "diem-cau.csv";

    private final ConferenceService conferences;
    private final PointImportService pointImport;
    private final PointService points;
    private final DelegateService delegates;
    private final AgendaService agenda;
    private final DemoAccounts demoAccounts;
    private final RehearsalService rehearsal;
    private final DutyService duty;
    private final SeatingService seating;
    private final HandoutService handouts;

    CommuneDemoLoader(ConferenceService conferences, PointImportService pointImport, PointService points,
                      DelegateService delegates, AgendaService agenda, DemoAccounts demoAccounts,
                      RehearsalService rehearsal, DutyService duty, SeatingService seating,
                      HandoutService handouts) {
        this.seating = seating;
        this.handouts = handouts;
        this.rehearsal = rehearsal;
        this.duty = duty;
        this.conferences = conferences;
        this.pointImport = pointImport;
        this.points = points;
        this.delegates = delegates;
        this.agenda = agenda;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public String key() {
        return "2025";
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Optional<Long> loadedId() {
        return FILES.loadedIn(conferences);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public DemoLoaded load() {
        Optional<Long> existing = loadedId();
        if (existing.isPresent()) {
            return new DemoLoaded(existing.get(), true, 0, 0, 0);
        }
        long id = conferences.create(FILES.conference());
        pointImport.commit(id, pointImport.preview(id, POINTS_FILE, FILES.bytes(POINTS_FILE)));
        List<MeetingPoint> all = points.list(id);
        Map<String, Long> delegateByTitle = new HashMap<>();
        List<DelegateDraft> drafts = CommuneDemoDelegates.drafts(all);
        for (DelegateDraft d : drafts) {
            delegateByTitle.put(d.getTitle(), delegates.create(id, d));
        }
        for (AgendaDraft item : CommuneDemoAgenda.items(all, delegateByTitle)) {
            agenda.create(id, item);
        }
        CommuneDemoSeating.seat(id, seating);
        CommuneDemoDocuments.publish(id, handouts);
        demoAccounts.serve(id);
        CommuneDemoDuty.prepare(conferences.get(id).orElseThrow(), rehearsal, duty);
        return new DemoLoaded(id, false, 0, all.size(), drafts.size());
    }
}
