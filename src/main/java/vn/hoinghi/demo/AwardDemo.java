package vn.hoinghi.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationImportService;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.QuotaDraft;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.security.AccountDraft;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.UnitService;

/**
 * The demo conference's awards: the plan's quota (45 collectives, 152 individuals, "Bằng khen của Chủ tịch UBND
 * tỉnh"), the units' deadline, the 206 proposals through the importer, and the dev profile's unit account
 * speaking for the health department. Runs inside the demo loader's transaction, as its admin.
 */
@StaysVietnamese("the demo conference's data")
@Component
class AwardDemo {

    static final String FILE = "de-nghi-khen-thuong.xlsx";
    static final String DEMO_UNIT_ACCOUNT = "unit";
    static final String DEMO_UNIT = "Sở Y tế";

    private final QuotaService quotas;
    private final NominationService nominations;
    private final NominationImportService importer;
    private final AccountService accounts;
    private final UnitService units;

    AwardDemo(QuotaService quotas, NominationService nominations, NominationImportService importer,
              AccountService accounts, UnitService units) {
        this.quotas = quotas;
        this.nominations = nominations;
        this.importer = importer;
        this.accounts = accounts;
        this.units = units;
    }

    void load(long conferenceId, JsonNode plan, byte[] sheet) {
        var settings = quotas.settings(conferenceId);
        if (settings.quotas().isEmpty()) {
            JsonNode quota = plan.get("awardQuota");
            var deadline = LocalDate.parse(plan.get("submissionDeadline").asString()).atTime(LocalTime.of(23, 59));
            quotas.save(conferenceId, settings.version(), Times.fromLocal(deadline), List.of(new QuotaDraft(null,
                    quota.get("form").asString(), quota.get("collectives").asInt(), quota.get("individuals").asInt())));
        }
        if (nominations.list(conferenceId, NominationFilter.ALL).isEmpty()) {
            importer.commit(importer.preview(conferenceId, FILE, sheet, null));
        }
        linkDemoUnitAccount(conferenceId);
    }

    /** The dev profile's "unit" account, if it has no unit yet, proposes for the health department. */
    private void linkDemoUnitAccount(long conferenceId) {
        accounts.list().stream()
                .filter(a -> a.username().equals(DEMO_UNIT_ACCOUNT) && AppRoles.UNIT.equals(a.role()) && a.unitId() == null)
                .findFirst()
                .ifPresent(a -> accounts.update(a.id(), a.version(), new AccountDraft(a.username(), a.displayName(),
                        a.role(), units.findOrCreate(conferenceId, DEMO_UNIT).id(), a.enabled(), null)));
    }
}
