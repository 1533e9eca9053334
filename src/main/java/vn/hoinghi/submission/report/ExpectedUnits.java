package vn.hoinghi.submission.report;

import java.util.List;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitKind;
import vn.hoinghi.unit.UnitLevel;

/**
 * The units a plan usually asks for a review report: "các sở, ban, ngành, UBND các huyện, thị xã, thành phố" — the
 * province's departments and forces, and the district people's committees. A suggestion the committee edits.
 */
public final class ExpectedUnits {

    private ExpectedUnits() {
    }

    public static List<Unit> suggested(List<Unit> directory) {
        return directory.stream().filter(ExpectedUnits::usuallyReports).toList();
    }

    static boolean usuallyReports(Unit u) {
        return u.level() == UnitLevel.PROVINCE && (u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.ARMED_FORCES)
                || u.level() == UnitLevel.DISTRICT && u.kind() == UnitKind.GOVERNMENT;
    }
}
