package vn.hoinghi.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hoinghi.floor.FloorLine;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorState;

/** The technicians' cue: the item's source, or the point given the floor until it gives it back. */
class SourceCueTest {

    static final Instant AT = Instant.parse("2025-07-15T02:00:00Z");

    static AgendaSlot slot(long id, Long pointId, String pointName) {
        return new AgendaSlot(new AgendaItem(id, 1, (int) id, AgendaKind.DISCUSSION, "Mục " + id, null, null, null, null,
                10, pointId, pointName, null, null, 0), AT, AT.plusSeconds(600));
    }

    static FloorLine speaking(long pointId, String name) {
        return new FloorLine(new FloorRequest(9, 1, 1L, pointId, null, "Nguyễn Văn A", "Giao thông",
                FloorState.SPEAKING, AT, "dc", AT, "mc", AT, null, 1), name);
    }

    @Test
    void withoutAFloorTheProgrammeNamesTheSources() {
        SourceCue cue = SourceCue.of(slot(1, null, null), slot(2, 7L, "Xã Cam Lộ"), null);
        assertThat(cue.now().remote()).isFalse();
        assertThat(cue.next().pointName()).isEqualTo("Xã Cam Lộ");
        assertThat(cue.switchNow()).isFalse();
        assertThat(cue.switchNext()).isTrue();
        assertThat(SourceCue.of(slot(1, null, null), slot(2, null, null), null).switchNext()).isFalse();
    }

    @Test
    void aPointGivenTheFloorIsLiveNowAndTheItemsSourceComesBackAfter() {
        SourceCue cue = SourceCue.of(slot(1, null, null), slot(2, 8L, "Xã Hải Lăng"), speaking(7, "Xã Cam Lộ"));
        assertThat(cue.now().pointId()).isEqualTo(7L);
        assertThat(cue.now().floor()).isTrue();
        assertThat(cue.switchNow()).as("from the hall to the point").isTrue();
        assertThat(cue.next().remote()).as("back to the hall, the discussion's source").isFalse();
        assertThat(cue.switchNext()).isTrue();
    }

    @Test
    void thePointWhoseItemIsOnNeedsNoSwitchWhenItHasTheFloor() {
        SourceCue cue = SourceCue.of(slot(1, 7L, "Xã Cam Lộ"), null, speaking(7, "Xã Cam Lộ"));
        assertThat(cue.switchNow()).isFalse();
        assertThat(cue.switchNext()).isFalse();
    }
}
