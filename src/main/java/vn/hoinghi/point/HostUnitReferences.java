package vn.hoinghi.point;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.point.repository.PointReferenceRepository;
import vn.hoinghi.unit.UnitReferences;

/** The meeting points a unit hosts. */
@Component
@Order(2)
class HostUnitReferences implements UnitReferences {

    private final PointReferenceRepository points;

    HostUnitReferences(PointReferenceRepository points) {
        this.points = points;
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(points.hostedBy(unitId), Texts.t("point.references.points")));
    }
}
