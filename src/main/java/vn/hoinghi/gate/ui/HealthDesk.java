package vn.hoinghi.gate.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.health.HealthStep;

/**
 * Where the health panel works: a gate of the hall or a remote point's desk, each with its own way to check a
 * delegate in once the answers are all "không", and to let a referred delegate in once the medical desk allows it.
 */
record HealthDesk(BiFunction<HealthStep.Ask, List<Boolean>, CheckinResult> declare, LongFunction<CheckinResult> clear) {
}
