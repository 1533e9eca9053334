package vn.hoinghi.point.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.StateCounts;

/**
 * The wall's columns, the same in the totals band and in every cluster row: the states from good to bad, then the
 * silent points. A count's cell carries its state's colour; a zero stays faint so that trouble stands out.
 */
final class WallColumns {

    static final List<ConnectionStatus> STATES = List.of(ConnectionStatus.LIVE_OK, ConnectionStatus.TEST_OK,
            ConnectionStatus.NOT_TESTED, ConnectionStatus.TEST_FAILED, ConnectionStatus.PROBLEM, ConnectionStatus.LOST);
    /** The class of the silent points' column and tiles. */
    static final String SILENT = "hn-wall-silent";

    private WallColumns() {
    }

    /** One number per column, in {@link #STATES}' order, then the silent points. */
    static List<Span> counts(StateCounts counts, String className) {
        List<Span> cells = new java.util.ArrayList<>();
        for (ConnectionStatus status : STATES) {
            cells.add(count(counts.count(status), className, "hn-status-" + status, status.alarming()));
        }
        cells.add(count(counts.silent(), className, SILENT, true));
        return cells;
    }

    private static Span count(int value, String className, String stateClass, boolean trouble) {
        Span cell = new Span(Integer.toString(value));
        cell.addClassNames(className, stateClass);
        if (value == 0) {
            cell.addClassName("hn-wall-zero");
        } else if (trouble) {
            cell.addClassName("hn-wall-alarm");
        }
        return cell;
    }
}
