package vn.hoinghi.followup;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.Texts;
import vn.hoinghi.followup.repository.FollowUpReferenceRepository;
import vn.hoinghi.unit.UnitReferences;

/** The tasks a unit leads. */
@Component
@Order(7)
class FollowUpReferences implements UnitReferences {

    private final FollowUpReferenceRepository tasks;

    FollowUpReferences(FollowUpReferenceRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<ReferenceCount> toUnit(long unitId) {
        return List.of(new ReferenceCount(tasks.tasksLedBy(unitId), Texts.t("followup.refs.tasks")));
    }
}
