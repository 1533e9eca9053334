package vn.hoinghi.alert;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.repository.AlertRepository;
import vn.hoinghi.security.AppRoles;

/** Alerts about points in trouble, told to the technician on duty for their cluster and acknowledged by a person. */
@Service
@Transactional
public class AlertService {

    private final AlertRepository alerts;

    AlertService(AlertRepository alerts) {
        this.alerts = alerts;
    }

    /** Every alert of the conference, oldest first, for the record of the day. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<PointAlert> history(long conferenceId) {
        return alerts.history(conferenceId);
    }
}
