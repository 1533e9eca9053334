package vn.hoinghi.unit;

import java.util.List;
import vn.hoinghi.base.ReferenceCount;

/**
 * Records of a feature above this one (delegates, meeting points, nominations, contributions, reports, tasks) that
 * refer to a unit of the directory, which is deleted only while none does. Each such feature implements it as a bean,
 * counting in its own tables; features below this one are asked through their services.
 */
public interface UnitReferences {

    /** This feature's records that refer to the unit, by kind (withdrawn or past ones too). */
    List<ReferenceCount> toUnit(long unitId);
}
