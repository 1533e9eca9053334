package vn.hoinghi.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The collector's stop-the-world pauses and the heap allocated so far in this JVM, read before and after a round:
 * every request in flight during a pause waits it out, so a round's tail shows them.
 */
record GcPauses(long pauses, long pauseMillis, long allocatedBytes) {

    static GcPauses now() {
        long pauses = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // ZGC also has "… Cycles" beans, timing its concurrent work; those threads do not stop the app.
            if (!gc.getName().endsWith("Cycles")) {
                pauses += gc.getCollectionCount();
                millis += gc.getCollectionTime();
            }
        }
        long allocated = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
        return new GcPauses(pauses, millis, allocated);
    }

    GcPauses since(GcPauses before) {
        return new GcPauses(pauses - before.pauses, pauseMillis - before.pauseMillis, allocatedBytes - before.allocatedBytes);
    }
}
