package vn.hoinghi.submission.report;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.submission.report.repository.ReportReferenceRepository;
import vn.hoinghi.unit.UnitReferences;

/** The conferences' lists of units asked to report that name a unit, and the unit's own reports. */
@Component
@Order(6)
class ReportReferences implements UnitReferences {

    private final ReportReferenceRepository reports;

    ReportReferences(ReportReferenceRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(reports.listsNaming(unitId), Texts.t("submission.refs.reportLists")),
                new ReferenceCount(reports.reportsOf(unitId), Texts.t("submission.refs.reports")));
    }
}
