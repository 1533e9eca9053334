package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointCoordinator;
import vn.hoinghi.point.PointDayService;

/** Which coordinator account runs which point's desk in this conference; a choice is saved at once. */
class CoordinatorsDialog extends Dialog {

    CoordinatorsDialog(PointDayService pointDay, long conferenceId, List<MeetingPoint> points, Runnable onChange) {
        setHeaderTitle(getTranslation("points.coordinators"));
        setWidth("min(40rem, 95vw)");
        List<PointCoordinator> candidates = pointDay.candidates();
        Map<Long, Long> assigned = pointDay.coordinators(conferenceId).stream()
                .collect(Collectors.toMap(PointCoordinator::accountId, PointCoordinator::pointId));
        Map<Long, MeetingPoint> byId = points.stream().collect(Collectors.toMap(MeetingPoint::id, Function.identity()));
        if (candidates.isEmpty()) {
            add(new Paragraph(getTranslation("points.coordinators.none")));
        } else {
            add(new Paragraph(getTranslation("points.coordinators.help")));
        }
        for (PointCoordinator account : candidates) {
            Select<MeetingPoint> point = new Select<>();
            point.setItems(points);
            point.setItemLabelGenerator(p -> p == null ? getTranslation("points.coordinators.unassigned") : p.name());
            point.setEmptySelectionAllowed(true);
            point.setEmptySelectionCaption(getTranslation("points.coordinators.unassigned"));
            point.setValue(byId.get(assigned.get(account.accountId())));
            point.setAriaLabel(account.displayName());
            point.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    pointDay.unassign(conferenceId, account.accountId());
                } else {
                    pointDay.assign(e.getValue().id(), account.accountId());
                }
                onChange.run();
            });
            Span who = new Span(account.displayName() + " (" + account.username() + ")");
            Div row = new Div(who, point);
            row.addClassName("hn-coordinator-row");
            add(row);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
