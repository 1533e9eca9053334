package vn.hoinghi.delegate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.repository.HeadcountRepository;
import vn.hoinghi.point.PointHeadcounts;

/** The delegates of each point, counted for the point feature's summaries and status wall. */
@Component
class DelegateHeadcounts implements PointHeadcounts {

    private final HeadcountRepository headcounts;

    DelegateHeadcounts(HeadcountRepository headcounts) {
        this.headcounts = headcounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PointHeadcounts.Headcount> of(long conferenceId) {
        return byPoint(headcounts.byGroupAndPoint(conferenceId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PointHeadcounts.Headcount> of(long conferenceId, Collection<Long> pointIds) {
        return pointIds.isEmpty() ? Map.of() : byPoint(headcounts.byGroupAndPoint(conferenceId, pointIds));
    }

    private static Map<Long, PointHeadcounts.Headcount> byPoint(List<vn.hoinghi.delegate.Headcount> counts) {
        Map<Long, PointHeadcounts.Headcount> byPoint = new HashMap<>();
        for (vn.hoinghi.delegate.Headcount c : counts) { // not the inherited name
            byPoint.merge(c.pointId(), new PointHeadcounts.Headcount(c.invited(), c.confirmed(), c.declined(), c.present()),
                    PointHeadcounts.Headcount::plus);
        }
        return byPoint;
    }
}
