package vn.hoinghi.delegate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.delegate.repository.HallRowRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;

/**
 * The hall's rows and seats and who sits where. Leaders with a protocol rank take the reserved front rows,
 * the highest rank in the middle of the first row and the next ones alternating right and left of them;
 * everyone else fills the other rows in list order (group, then name).
 */
@Service
@Transactional
public class SeatingService {

    /** The most seats one row of the hall may have. */
    static final int MAX_SEATS_PER_ROW = 200;

    private final HallRowRepository rows;
    private final DelegateRepository delegates;
    private final DelegateReader reader;
    private final AuditLog auditLog;

    SeatingService(HallRowRepository rows, DelegateRepository delegates, DelegateReader reader, AuditLog auditLog) {
        this.rows = rows;
        this.delegates = delegates;
        this.reader = reader;
        this.auditLog = auditLog;
    }

    /** Rows named A, B, C… front to back, each with the same number of seats; the first ones reserved. */
    public static List<HallRow> uniformRows(int rowCount, int seatsPerRow, int reservedRows) {
        List<HallRow> list = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            list.add(new HallRow(label(i), seatsPerRow, i < reservedRows));
        }
        return list;
    }

    private static String label(int index) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return index < 26 ? String.valueOf(letters.charAt(index)) : letters.charAt(index / 26 - 1) + "" + letters.charAt(index % 26);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public SeatPlan plan(long conferenceId) {
        List<HallRow> layout = rows.list(conferenceId);
        Map<String, Delegate> bySeat = new HashMap<>();
        List<Delegate> unseated = new ArrayList<>();
        for (Delegate d : hallDelegates(conferenceId)) {
            if (d.seatRow() == null) {
                if (d.invitationStatus() != InvitationStatus.DECLINED) {
                    unseated.add(d);
                }
            } else {
                bySeat.put(d.seatRow() + "-" + d.seatNumber(), d);
            }
        }
        List<SeatPlan.Row> planRows = new ArrayList<>();
        for (HallRow row : layout) {
            List<Delegate> seats = new ArrayList<>();
            for (int n = 1; n <= row.seatCount(); n++) {
                seats.add(bySeat.get(row.label() + "-" + n));
            }
            planRows.add(new SeatPlan.Row(row, seats));
        }
        return new SeatPlan(planRows, unseated);
    }

    /** Sets the hall's rows. People whose seat no longer exists lose it (and can be auto-assigned again). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void defineRows(long conferenceId, List<HallRow> layout) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (layout.isEmpty()) {
            errors.put("rows", Texts.t("delegate.seating.noRows"));
        }
        if (layout.stream().anyMatch(r -> r.seatCount() < 1 || r.seatCount() > MAX_SEATS_PER_ROW)) {
            errors.put("seats", Texts.t("delegate.seating.seatsPerRow", String.valueOf(MAX_SEATS_PER_ROW)));
        }
        if (layout.stream().map(r -> r.label().strip().toUpperCase()).distinct().count() != layout.size()) {
            errors.put("rows", Texts.t("delegate.seating.duplicateRow"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rows.replace(conferenceId, layout);
        Map<String, Integer> seatsPerRow = new HashMap<>();
        layout.forEach(r -> seatsPerRow.put(r.label(), r.seatCount()));
        for (Delegate d : hallDelegates(conferenceId)) {
            if (d.seatRow() != null && (!seatsPerRow.containsKey(d.seatRow()) || d.seatNumber() > seatsPerRow.get(d.seatRow()))) {
                delegates.setSeat(d.id(), null, null);
            }
        }
        auditLog.record("seating.rows", "conference", conferenceId, layout.size() + " rows");
    }

    /** Seats everyone in the hall who has none (or everyone, when {@code reseatAll}). Returns how many still have no seat. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public int autoAssign(long conferenceId, boolean reseatAll) {
        List<HallRow> layout = rows.list(conferenceId);
        if (layout.isEmpty()) {
            throw new ValidationException(Map.of("rows", Texts.t("delegate.seating.defineRowsFirst")));
        }
        List<Delegate> people = hallDelegates(conferenceId);
        if (reseatAll) {
            people.stream().filter(d -> d.seatRow() != null).forEach(d -> delegates.setSeat(d.id(), null, null));
            people = hallDelegates(conferenceId);
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        reader.all(conferenceId, DelegateFilter.all()).stream().filter(d -> d.seatRow() != null)
                .forEach(d -> taken.add(d.seatRow() + "-" + d.seatNumber()));
        List<Delegate> waiting = people.stream()
                .filter(d -> d.seatRow() == null && d.invitationStatus() != InvitationStatus.DECLINED).toList();
        List<String[]> reserved = freeSeats(layout, true, taken);
        List<String[]> open = freeSeats(layout, false, taken);
        int left = 0;
        for (Delegate d : waiting) {
            List<String[]> pool = d.protocolRank() != null && !reserved.isEmpty() ? reserved : open;
            if (pool.isEmpty()) {
                left++;
                continue;
            }
            String[] seat = pool.removeFirst();
            delegates.setSeat(d.id(), seat[0], Integer.valueOf(seat[1]));
        }
        auditLog.record("seating.auto", "conference", conferenceId, (waiting.size() - left) + " seats");
        return left;
    }

    /** Puts a delegate in a seat; whoever sat there takes the delegate's old seat (or none). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void move(long conferenceId, long delegateId, String rowLabel, int number) {
        HallRow row = rows.list(conferenceId).stream().filter(r -> r.label().equals(rowLabel)).findFirst()
                .filter(r -> number >= 1 && number <= r.seatCount())
                .orElseThrow(() -> new ValidationException(Map.of("seat", Texts.t("delegate.seating.noSuchSeat", rowLabel + number))));
        Delegate moving = reader.get(delegateId).orElseThrow();
        Delegate sitting = hallDelegates(conferenceId).stream()
                .filter(d -> row.label().equals(d.seatRow()) && d.seatNumber() == number).findFirst().orElse(null);
        delegates.setSeat(moving.id(), null, null);
        if (sitting != null && sitting.id() != moving.id()) {
            delegates.setSeat(sitting.id(), moving.seatRow(), moving.seatNumber());
        }
        delegates.setSeat(moving.id(), row.label(), number);
        auditLog.record("seating.move", "delegate", delegateId, row.label() + number);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void unseat(long delegateId) {
        delegates.setSeat(delegateId, null, null);
    }

    /** Hall delegates in protocol order: rank first, then the list order. */
    private List<Delegate> hallDelegates(long conferenceId) {
        return reader.all(conferenceId, DelegateFilter.all()).stream()
                .filter(Delegate::atHall)
                .sorted(Comparator.comparing((Delegate d) -> d.protocolRank() == null ? Integer.MAX_VALUE : d.protocolRank()))
                .toList();
    }

    /** Free seats front to back; in reserved rows from the middle outwards, elsewhere from the left. */
    private static List<String[]> freeSeats(List<HallRow> layout, boolean reservedRows, java.util.Set<String> taken) {
        List<String[]> seats = new ArrayList<>();
        for (HallRow row : layout) {
            if (row.reserved() != reservedRows) {
                continue;
            }
            for (int n : reservedRows ? middleOut(row.seatCount()) : leftToRight(row.seatCount())) {
                if (!taken.contains(row.label() + "-" + n)) {
                    seats.add(new String[] {row.label(), String.valueOf(n)});
                }
            }
        }
        return seats;
    }

    static List<Integer> middleOut(int count) {
        List<Integer> order = new ArrayList<>();
        int middle = (count + 1) / 2;
        order.add(middle);
        for (int step = 1; order.size() < count; step++) {
            if (middle + step <= count) {
                order.add(middle + step);
            }
            if (middle - step >= 1) {
                order.add(middle - step);
            }
        }
        return order;
    }

    private static List<Integer> leftToRight(int count) {
        List<Integer> order = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            order.add(n);
        }
        return order;
    }
}
