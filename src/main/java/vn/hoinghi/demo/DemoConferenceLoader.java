package vn.hoinghi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.unit.UnitService;

/**
 * Fills a complete conference from the Quảng Trị 2021 sample files shipped in the jar, so that a
 * newcomer sees the whole system in one click. Loading twice does not make a second conference.
 */
@StaysVietnamese("the demo conference's data")
@Service
public class DemoConferenceLoader {

    private static final String FOLDER = "/demo/quang-tri-2021/";
    static final String DEMO_COORDINATOR = "point";
    /** The dev profile's demo accounts (security.AccountBootstrap) that serve a conference once bound to it. */
    private static final Set<String> DEMO_ACCOUNTS_SERVING = Set.of("gate", "mc", "unit", "point", "screen");

    private final ConferenceService conferences;
    private final UnitService units;
    private final PointImportService points;
    private final DelegateImportService delegates;
    private final PointService pointList;
    private final PointDayService pointDay;
    private final AgendaService agenda;
    private final AgendaImportService agendaImport;
    private final FollowUpDemo followUps;
    private final AwardDemo awards;
    private final ContributionDemo contributions;
    private final ReportDemo reports;
    private final AccountService accounts;
    private final ConferenceAccess access;

    DemoConferenceLoader(ConferenceService conferences, UnitService units, PointImportService points,
                         DelegateImportService delegates, PointService pointList, PointDayService pointDay,
                         AgendaService agenda, AgendaImportService agendaImport, FollowUpDemo followUps,
                         AwardDemo awards, ContributionDemo contributions, ReportDemo reports,
                         AccountService accounts, ConferenceAccess access) {
        this.accounts = accounts;
        this.access = access;
        this.reports = reports;
        this.followUps = followUps;
        this.contributions = contributions;
        this.awards = awards;
        this.agenda = agenda;
        this.agendaImport = agendaImport;
        this.pointList = pointList;
        this.pointDay = pointDay;
        this.conferences = conferences;
        this.units = units;
        this.points = points;
        this.delegates = delegates;
    }

    public record Loaded(long conferenceId, boolean alreadyThere, int units, int delegatesAdded) {
    }

    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Loaded load() {
        ConferenceDraft draft = readPlan();
        var existing = conferences.findByTitleAndStart(draft.getTitle(), Times.fromLocal(draft.getStartsAt()));
        long id = existing.map(Conference::id).orElseGet(() -> conferences.create(draft));
        int unitCount = 0;
        for (String name : unitNames()) {
            units.findOrCreate(name);
            unitCount++;
        }
        points.commit(id, points.preview(id, "diem-cau.xlsx", bytes("diem-cau.xlsx")));
        var added = delegates.commit(delegates.preview(id, "dai-bieu.xlsx", bytes("dai-bieu.xlsx"), p -> { })).added();
        assignDemoCoordinator(id);
        bindDemoAccounts(id);
        awards.load(id, plan(), bytes(AwardDemo.FILE));
        if (agenda.agenda(id).isEmpty()) {
            agendaImport.commit(agendaImport.preview(id, "chuong-trinh.csv", bytes("chuong-trinh.csv")), false);
        }
        followUps.load(id);
        contributions.load(id, bytes(ContributionDemo.FILE));
        reports.load(id);
        return new Loaded(id, existing.isPresent(), unitCount, added);
    }

    /** The dev profile's coordinator account ("point") gets the first remote point, so its desk can be tried. */
    private void assignDemoCoordinator(long conferenceId) {
        var remote = pointList.list(conferenceId).stream().filter(p -> !p.hall()).findFirst();
        var assigned = pointDay.coordinators(conferenceId).stream().map(c -> c.username()).toList();
        pointDay.candidates().stream().filter(c -> c.username().equals(DEMO_COORDINATOR)).findFirst()
                .filter(c -> !assigned.contains(DEMO_COORDINATOR))
                .ifPresent(c -> remote.ifPresent(p -> pointDay.assign(p.id(), c.accountId())));
    }

    /** The dev profile's gate, MC, unit, point and screen accounts serve the demo conference (decision 021). */
    private void bindDemoAccounts(long conferenceId) {
        accounts.list().stream().filter(a -> DEMO_ACCOUNTS_SERVING.contains(a.username()))
                .forEach(a -> access.bind(a.id(), conferenceId));
    }

    private static ConferenceDraft readPlan() {
        JsonNode plan = plan();
        ConferenceDraft d = new ConferenceDraft();
        d.setTitle(plan.get("title").asString());
        d.setOrganizer(plan.get("organizer").asString());
        d.setProvince(plan.get("province").asString());
        d.setVenue(plan.get("venue").asString());
        d.setFormat(ConferenceFormat.HYBRID);
        d.setFormatNote(plan.get("format").asString());
        var start = LocalDate.parse(plan.get("date").asString()).atTime(LocalTime.parse(plan.get("start").asString()));
        d.setStartsAt(start);
        d.setEndsAt(start.plusHours(plan.get("duration").asString().startsWith("1/2") ? 4 : 8));
        d.setExpectedHallDelegates(plan.get("expectedHallDelegates").asInt());
        d.setSignerBlock(plan.get("signer").get("block").asString());
        d.setSignerName(plan.get("signer").get("name").asString());
        d.setSubmissionDeadline(LocalDate.parse(plan.get("submissionDeadline").asString()));
        d.setSubmissionEmail(plan.get("submissionEmail").asString());
        return d;
    }

    private static JsonNode plan() {
        try (InputStream in = open("hoi-nghi.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units named in the delegate list, in the order they first appear. */
    private static Set<String> unitNames() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = open("dai-bieu.csv");
             Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String unit = row.get("Đơn vị");
                if (unit != null && !unit.isBlank()) {
                    names.add(unit.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoConferenceLoader.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("Thiếu tệp mẫu " + FOLDER + name);
        }
        return in;
    }
}
