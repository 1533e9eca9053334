package vn.hoinghi.gate.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import vn.hoinghi.base.ui.DeskContribution;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.health.PointHealthService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.point.PointDayService;

/** What a point's desk calls, handed as one to both pages that show it (the coordinator's and the desk link's). */
@SpringComponent
record DeskServices(PointDayService pointDay, DelegateService delegates, CheckinService checkins,
                    PointHealthService pointHealth, HealthDeclarationService health, LiveHub hub,
                    List<DeskContribution> contributions) {
}
