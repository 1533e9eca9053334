package vn.hoinghi.delegate;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.point.PointHeadcounts;

/** The delegates of each point, counted for the point feature's summaries and status wall. */
@Component
class DelegateHeadcounts implements PointHeadcounts {

    private final DelegateRepository delegates;

    DelegateHeadcounts(DelegateRepository delegates) {
        this.delegates = delegates;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Headcount> of(long conferenceId) {
        return delegates.headcounts(conferenceId);
    }
}
