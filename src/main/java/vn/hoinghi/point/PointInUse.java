package vn.hoinghi.point;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.point.repository.PointReferenceRepository;
import vn.hoinghi.security.ScreenLinkService;

/**
 * Everything that refers to a meeting point: the records of the features above this one (delegates, agenda items,
 * contributions), the links of its screens and its coordinators.
 */
@Component
class PointInUse {

    private final List<PointReferences> features;
    private final PointReferenceRepository own;
    private final ScreenLinkService screens;

    PointInUse(List<PointReferences> features, PointReferenceRepository own, ScreenLinkService screens) {
        this.features = features;
        this.own = own;
        this.screens = screens;
    }

    List<ReferenceCount> of(long pointId) {
        List<ReferenceCount> all = new ArrayList<>();
        features.forEach(f -> all.addAll(f.toPoint(pointId)));
        all.add(new ReferenceCount(screens.linksToPoint(pointId), Texts.t("point.references.screens")));
        all.add(new ReferenceCount(own.coordinatorsOf(pointId), Texts.t("point.references.coordinators")));
        return all;
    }
}
