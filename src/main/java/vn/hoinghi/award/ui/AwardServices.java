package vn.hoinghi.award.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.hoinghi.award.AppraisalService;
import vn.hoinghi.award.AwardDocumentService;
import vn.hoinghi.award.AwardHistoryService;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.award.DecisionService;
import vn.hoinghi.award.NominationImportService;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.unit.UnitService;

/** The award services the pages use, handed over as one. */
@Component
record AwardServices(NominationService nominations, AppraisalService appraisal, QuotaService quotas,
                     DecisionService decisions, NominationImportService importer, AwardDocumentService documents,
                     AwardHistoryService history, CeremonyService ceremonies, DelegateService delegates,
                     UnitService units, Clock clock) {
}
