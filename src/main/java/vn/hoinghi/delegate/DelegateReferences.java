package vn.hoinghi.delegate;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.delegate.repository.DelegateReferenceRepository;
import vn.hoinghi.point.PointReferences;
import vn.hoinghi.unit.UnitReferences;

/** The delegates (withdrawn ones too) attending from a point or working at a unit. */
@Component
@Order(1)
class DelegateReferences implements PointReferences, UnitReferences {

    private final DelegateReferenceRepository delegates;

    DelegateReferences(DelegateReferenceRepository delegates) {
        this.delegates = delegates;
    }

    @Override
    public List<ReferenceCount> toPoint(long pointId) {
        return List.of(new ReferenceCount(delegates.atPoint(pointId), Texts.t("delegate.references.noun")));
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(delegates.ofUnit(unitId), Texts.t("delegate.references.noun")));
    }
}
