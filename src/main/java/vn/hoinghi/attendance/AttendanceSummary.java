package vn.hoinghi.attendance;

import java.time.Instant;
import java.util.List;

/** Expected against present, by composition group (printed order) and by meeting point (hall first), as of a moment. */
public record AttendanceSummary(List<AttendanceCount> byGroup, List<AttendanceCount> byPoint, AttendanceCount total,
                                Instant at) {
}
