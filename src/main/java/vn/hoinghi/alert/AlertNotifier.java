package vn.hoinghi.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hoinghi.alert.repository.DutyRepository;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.point.MeetingPoint;

/**
 * Tells the technician on duty for the point's cluster (else the default row) through every {@link AlertChannel}, and
 * words the alert's record of who was told: "mail: name &lt;address&gt;" per channel that reached them.
 */
@StaysVietnamese("the alert's record of who was told, kept as written like the audit log")
@Component
class AlertNotifier {

    static final String NOBODY_ON_DUTY = "không có người trực";

    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);

    private final DutyRepository duties;
    private final List<AlertChannel> channels;
    private final String publicUrl;

    AlertNotifier(DutyRepository duties, List<AlertChannel> channels,
                  @Value("${hoinghi.public-url:http://localhost:8080}") String publicUrl) {
        this.duties = duties;
        this.channels = List.copyOf(channels);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Who was told, as the alert records it. */
    String tell(Conference conference, MeetingPoint point, long alertId, AlertKind kind, Instant since) {
        ClusterDuty duty = DutyService.dutyFor(duties.list(conference.id()), point.cluster());
        if (duty == null) {
            return NOBODY_ON_DUTY;
        }
        AlertNotice notice = new AlertNotice(conference.id(), conference.title(), alertId, kind, since, point.name(),
                point.cluster(), point.technician(), point.technicianPhone(), duty,
                publicUrl + "/" + ConferencePath.of(conference.id(), "screen/technician"),
                publicUrl + "/" + ConferencePath.of(conference.id(), "point-status"));
        List<String> told = new ArrayList<>();
        for (AlertChannel channel : channels) {
            Optional<String> whom;
            try {
                whom = channel.send(notice);
            } catch (RuntimeException e) { // one channel's failure neither loses the alert nor the status report
                LOG.warn("Alert {}: channel {} failed: {}", alertId, channel.name(), e.toString());
                whom = Optional.empty();
            }
            whom.ifPresent(w -> told.add(channel.name() + ": " + w));
        }
        return told.isEmpty() ? "người trực " + duty.technician() + ": chưa có địa chỉ nhận" : String.join("; ", told);
    }
}
