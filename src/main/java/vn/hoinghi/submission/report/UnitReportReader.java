package vn.hoinghi.submission.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hoinghi.submission.report.repository.UnitReportRepository;
import vn.hoinghi.unit.UnitService;

/** Reads units' reports with their unit named by the unit feature, and lists them in the units' name order. */
@Component
class UnitReportReader {

    private final UnitReportRepository reports;
    private final UnitService units;

    UnitReportReader(UnitReportRepository reports, UnitService units) {
        this.reports = reports;
        this.units = units;
    }

    Optional<UnitReport> find(long conferenceId, long unitId) {
        return reports.find(conferenceId, unitId).map(r -> r.withUnitName(units.names(List.of(unitId)).get(unitId)));
    }

    /** The conference's reports in the given statuses, by unit name (the directory gives the units in that order). */
    List<UnitReport> reports(long conferenceId, Collection<ReportStatus> statuses) {
        Map<Long, UnitReport> byUnit = reports.reports(conferenceId, statuses).stream()
                .collect(Collectors.toMap(UnitReport::unitId, Function.identity()));
        return units.get(byUnit.keySet()).values().stream()
                .map(unit -> byUnit.get(unit.id()).withUnitName(unit.name())).toList();
    }
}
