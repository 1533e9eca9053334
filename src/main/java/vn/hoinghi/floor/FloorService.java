package vn.hoinghi.floor;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.floor.repository.FloorRepository;
import vn.hoinghi.security.AppRoles;

/** Asking for the floor in a discussion ("xin phát biểu"), and the MC's answer. */
@Service
@Transactional
public class FloorService {

    private final FloorRepository requests;

    FloorService(FloorRepository requests) {
        this.requests = requests;
    }

    /** Every request of the conference in the order asked, for the record of the day. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<FloorRequest> history(long conferenceId) {
        return requests.history(conferenceId);
    }
}
