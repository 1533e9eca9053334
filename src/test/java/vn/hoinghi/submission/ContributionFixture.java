package vn.hoinghi.submission;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitKind;
import vn.hoinghi.unit.UnitLevel;
import vn.hoinghi.unit.UnitService;

/** A fresh conference with the Quảng Trị points, units of its own with accounts, and assignments for them. */
@Component
public class ContributionFixture {

    public static final String COMMITTEE = "bantochuc-thamluan";

    private final ImportFixture imports;
    private final UnitService units;
    private final AssignmentService assignments;
    private final TestAccounts accounts;
    private final RunAs runAs;

    ContributionFixture(ImportFixture imports, UnitService units, AssignmentService assignments, TestAccounts accounts,
                        RunAs runAs) {
        this.imports = imports;
        this.units = units;
        this.assignments = assignments;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    public long conference() {
        return committee(imports::conferenceWithPoints);
    }

    /** A new unit of the directory, of the fixture's conferences' province, with that contact e-mail (or none). */
    public long unit(String name, String email) {
        return committee(() -> units.create(new UnitDraft(TestData.unique(name), "Kiên Giang", null, UnitLevel.PROVINCE,
                UnitKind.DEPARTMENT, null, null, null, email)));
    }

    /** An account of the unit's representative, serving this conference (decision 021). */
    public String account(long conferenceId, long unitId) {
        return accounts.unitServing("donvi-" + unitId, unitId, conferenceId);
    }

    public long assign(long conferenceId, long unitId, String topic, LocalDate deadline) {
        return committee(() -> assignments.create(conferenceId, new AssignmentDraft(unitId, topic, deadline, null)));
    }

    public <T> T committee(Supplier<T> work) {
        return runAs.committee(COMMITTEE, work);
    }

    public <T> T as(String username, Supplier<T> work) {
        return runAs.role(username, AppRoles.UNIT, work);
    }
}
