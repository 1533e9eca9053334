package vn.hoinghi.submission.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.SampleFiles;
import vn.hoinghi.unit.UnitClassifier;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitService;

/** A fresh conference with the Quảng Trị data form loaded, units of its own with their accounts; as the committee. */
@Component
public class ReportFixture {

    static final String COMMITTEE = "bantochuc-bc";

    private final ConferenceService conferences;
    private final ReportFormService forms;
    private final UnitService units;
    private final TestAccounts accounts;
    private final RunAs runAs;
    private final UnitReportService reports;

    ReportFixture(ConferenceService conferences, ReportFormService forms, UnitService units, TestAccounts accounts,
                  RunAs runAs, UnitReportService reports) {
        this.reports = reports;
        this.conferences = conferences;
        this.forms = forms;
        this.units = units;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    /** A conference with the template loaded and units' deadline a week ahead. */
    public long conference() {
        return conference(LocalDate.now(Times.VIETNAM).plusDays(7));
    }

    public long conference(LocalDate deadline) {
        return conference(ReportTemplate.QUANG_TRI_2021, deadline);
    }

    /** A conference with this template loaded and units' deadline a week ahead. */
    public long conference(ReportTemplate template) {
        return conference(template, LocalDate.now(Times.VIETNAM).plusDays(7));
    }

    public long conference(ReportTemplate template, LocalDate deadline) {
        return committee(() -> {
            long id = conferences.create(TestData.quangTri());
            forms.loadTemplate(id, template);
            ReportSettings s = forms.settings(id);
            forms.saveSettings(id, s.version(), deadline, s.outline(), Set.of());
            return id;
        });
    }

    /** A unit of its own (the directory is shared by all tests), named after {@code name}. */
    public long unit(String name) {
        String unique = TestData.unique(name);
        return committee(() -> units.create(new UnitDraft(unique, TestData.quangTri().getProvince(), null,
                UnitClassifier.level(unique), UnitClassifier.kind(unique), null, null, null, null)));
    }

    /** The account of that unit's representative, serving this conference (decision 021). */
    public String account(long conferenceId, long unitId) {
        return accounts.unitServing("donvi-" + unitId, unitId, conferenceId);
    }

    /** The form's field ids by code ("2.1" → id). */
    public Map<String, Long> codes(long conferenceId) {
        Map<String, Long> ids = new HashMap<>();
        committee(() -> forms.form(conferenceId)).fields().forEach(f -> ids.put(f.code(), f.id()));
        return ids;
    }

    /** Typed values by code, as field id → text. */
    public Map<Long, String> typed(long conferenceId, Map<String, String> byCode) {
        Map<String, Long> ids = codes(conferenceId);
        Map<Long, String> typed = new HashMap<>();
        byCode.forEach((code, value) -> typed.put(ids.get(code), value));
        return typed;
    }

    /** A unit of its own, named after {@code name}, sends its narrative and submits these figures; its id. */
    public long submit(long conferenceId, String name, Map<String, String> byCode) {
        long unit = unit(name);
        runAs.role(account(conferenceId, unit), vn.hoinghi.security.AppRoles.UNIT, () -> {
            int version = reports.attach(conferenceId, unit, 0, "bao-cao.pdf", narrative(name));
            return reports.submit(conferenceId, unit, version, typed(conferenceId, byCode));
        });
        return unit;
    }

    /** As {@link #submit(long, String, Map)}, with these table cells too. */
    public long submit(long conferenceId, String name, Map<String, String> byCode, Map<CellKey, String> cells) {
        long unit = unit(name);
        runAs.role(account(conferenceId, unit), vn.hoinghi.security.AppRoles.UNIT, () -> {
            int version = reports.attach(conferenceId, unit, 0, "bao-cao.pdf", narrative(name));
            return reports.submit(conferenceId, unit, version, new ReportInput(typed(conferenceId, byCode), cells));
        });
        return unit;
    }

    public static byte[] narrative(String unitName) {
        return SampleFiles.pdf("Bao cao so ket " + unitName, 2);
    }

    public <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee(COMMITTEE, work);
    }
}
