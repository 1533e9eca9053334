package vn.hoinghi.delegate;

import java.util.List;

/** The hall as it is seated: each row's seats with who sits there (null when free), and who has no seat yet. */
public record SeatPlan(List<Row> rows, List<Delegate> unseated) {

    public record Row(HallRow row, List<Delegate> seats) {
    }

    public int capacity() {
        return rows.stream().mapToInt(r -> r.row().seatCount()).sum();
    }

    public long seated() {
        return rows.stream().flatMap(r -> r.seats().stream()).filter(java.util.Objects::nonNull).count();
    }
}
