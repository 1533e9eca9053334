package vn.hoinghi.point;

import java.util.List;
import vn.hoinghi.base.ReferenceCount;

/**
 * Records of a feature above this one (delegates, agenda items, contributions) that refer to a meeting point, which
 * is deleted only while none does. Each such feature implements it as a bean, counting in its own tables; features
 * below this one are asked through their services.
 */
public interface PointReferences {

    /** This feature's records that refer to the point, by kind (withdrawn or past ones too). */
    List<ReferenceCount> toPoint(long pointId);
}
