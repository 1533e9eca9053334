package vn.hoinghi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.UnitService;

/**
 * Fills a complete conference from the Quảng Trị 2021 sample files shipped in the jar, so that a
 * newcomer sees the whole system in one click. Loading twice does not make a second conference.
 */
@StaysVietnamese("the demo conference's data")
@Service
public class DemoConferenceLoader implements DemoConference {

    static final String DEMO_COORDINATOR = DemoAccounts.DEMO_COORDINATOR;
    private static final DemoFiles FILES = DemoFiles.QUANG_TRI_2021;

    private final ConferenceService conferences;
    private final UnitService units;
    private final PointImportService points;
    private final DelegateImportService delegates;
    private final AgendaService agenda;
    private final AgendaImportService agendaImport;
    private final FollowUpDemo followUps;
    private final AwardDemo awards;
    private final ContributionDemo contributions;
    private final ReportDemo reports;
    private final DemoAccounts demoAccounts;

    DemoConferenceLoader(ConferenceService conferences, UnitService units, PointImportService points,
                         DelegateImportService delegates, AgendaService agenda, AgendaImportService agendaImport,
                         FollowUpDemo followUps, AwardDemo awards, ContributionDemo contributions, ReportDemo reports,
                         DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
        this.reports = reports;
        this.followUps = followUps;
        this.contributions = contributions;
        this.awards = awards;
        this.agenda = agenda;
        this.agendaImport = agendaImport;
        this.conferences = conferences;
        this.units = units;
        this.points = points;
        this.delegates = delegates;
    }

    @Override
    public String key() {
        return "2021";
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
        Optional<Long> existing = FILES.loadedIn(conferences);
        long id = existing.orElseGet(() -> conferences.create(FILES.conference()));
        int unitCount = 0;
        for (String name : unitNames()) {
            units.findOrCreate(id, name);
            unitCount++;
        }
        var pointRows = points.preview(id, "diem-cau.xlsx", FILES.bytes("diem-cau.xlsx"));
        points.commit(id, pointRows);
        var added = delegates.commit(delegates.preview(id, "dai-bieu.xlsx", FILES.bytes("dai-bieu.xlsx"), p -> { })).added();
        demoAccounts.serve(id);
        awards.load(id, FILES.plan(), FILES.bytes(AwardDemo.FILE));
        if (agenda.agenda(id).isEmpty()) {
            agendaImport.commit(agendaImport.preview(id, "chuong-trinh.csv", FILES.bytes("chuong-trinh.csv")), false);
        }
        followUps.load(id);
        contributions.load(id, FILES.bytes(ContributionDemo.FILE));
        reports.load(id);
        return new DemoLoaded(id, existing.isPresent(), unitCount, pointRows.size(), added);
    }

    /** The units named in the delegate list, in the order they first appear. */
    private static Set<String> unitNames() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = FILES.open("dai-bieu.csv");
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
}
