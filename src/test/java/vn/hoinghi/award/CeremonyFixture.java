package vn.hoinghi.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * A Quảng Trị conference with its points, its 173 delegates, the sample programme, and a decision over the first
 * sample proposals that fit the given quota (collectives and individuals); set up as the committee.
 */
@Component
public class CeremonyFixture {

    public static final String DECISION = "2456/QĐ-UBND";

    private final ImportFixture delegates;
    private final QuotaService quotas;
    private final NominationImportService importer;
    private final NominationService nominations;
    private final AppraisalService appraisal;
    private final DecisionService decisions;
    private final AgendaImportService agenda;
    private final RunAs runAs;

    CeremonyFixture(ImportFixture delegates, QuotaService quotas, NominationImportService importer,
                    NominationService nominations, AppraisalService appraisal, DecisionService decisions,
                    AgendaImportService agenda, RunAs runAs) {
        this.delegates = delegates;
        this.quotas = quotas;
        this.importer = importer;
        this.nominations = nominations;
        this.appraisal = appraisal;
        this.decisions = decisions;
        this.agenda = agenda;
        this.runAs = runAs;
    }

    /** The conference with that many decided collectives and individuals. */
    public long conference(int collectives, int individuals) {
        return runAs.committee("bantochuc-le", () -> {
            long id = delegates.quangTriWithSampleDelegates();
            agenda.commit(agenda.preview(id, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv")), false);
            decide(id, collectives, individuals);
            return id;
        });
    }

    /** Quota, the sample proposals, as many accepted as the quota allows, and one decision over them. */
    public void decide(long conferenceId, int collectives, int individuals) {
        runAs.committee("bantochuc-le", () -> {
            quotas.save(conferenceId, quotas.settings(conferenceId).version(), null,
                    List.of(new QuotaDraft(null, AwardFixture.FORM, collectives, individuals)));
            importer.commit(importer.preview(conferenceId, AwardFixture.SAMPLE, AwardFixture.sample(), null));
            List<Long> accepted = new ArrayList<>();
            int[] left = {collectives, individuals};
            for (Nomination n : nominations.list(conferenceId, NominationFilter.ALL)) {
                if (left[n.type().ordinal()]-- > 0) {
                    appraisal.accept(n.id(), n.version());
                    accepted.add(n.id());
                }
            }
            return decisions.create(conferenceId, new DecisionDraft(DECISION, LocalDate.of(2021, 10, 25),
                    "Chủ tịch UBND tỉnh Quảng Trị", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Hoàng Nam"), accepted);
        });
    }
}
