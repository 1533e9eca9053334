package vn.hoinghi.delegate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.unit.UnitService;

/**
 * A delegate as the committee typed it, checked and turned into what is stored: the point by id (the hall when
 * none), the unit and the group found or made by name in the conference. Runs in the caller's transaction.
 */
@Component
class DraftResolver {

    private final PointService points;
    private final UnitService units;
    private final GroupService groupService;

    DraftResolver(PointService points, UnitService units, GroupService groupService) {
        this.points = points;
        this.units = units;
        this.groupService = groupService;
    }

    /** {@code currentPointId}: where the delegate attends from now (null for a new one). */
    DelegateValues resolve(long conferenceId, DelegateDraft d, Long currentPointId) {
        List<MeetingPoint> all = points.list(conferenceId);
        DelegateRules.Checked c = DelegateRules.check(d.getFullName(), d.getGender(), d.getTitle(), d.getUnitName(),
                d.getGroupName(), d.getPointId() == null ? points.hall(conferenceId) : DelegateRules.pointById(all, d.getPointId()),
                null, d.getProtocolRank(),
                d.getPhone(), d.getEmail(), d.getNotes());
        DelegateRules.refuseNewlyAtWithdrawn(c.errors(), c.point(), currentPointId);
        if (!c.errors().isEmpty()) {
            throw new ValidationException(c.errors());
        }
        Long unitId = c.unitName() == null ? null : units.findOrCreate(conferenceId, c.unitName()).id();
        Long groupId = c.groupName() == null ? null : groupService.findOrCreate(conferenceId, c.groupName()).id();
        return new DelegateValues(c.fullName(), c.gender(), c.title(), unitId, c.unitName(), groupId, c.point().id(),
                c.protocolRank(), c.phone(), c.email(), c.notes());
    }
}
