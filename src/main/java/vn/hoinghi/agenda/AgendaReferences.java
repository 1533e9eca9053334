package vn.hoinghi.agenda;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.repository.AgendaReferenceRepository;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.point.PointReferences;

/** The agenda items that come from a point. */
@Component
@Order(3)
class AgendaReferences implements PointReferences {

    private final AgendaReferenceRepository items;

    AgendaReferences(AgendaReferenceRepository items) {
        this.items = items;
    }

    @Override
    public List<ReferenceCount> toPoint(long pointId) {
        return List.of(new ReferenceCount(items.fromPoint(pointId), Texts.t("agenda.references.items")));
    }
}
