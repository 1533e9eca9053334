package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import vn.hoinghi.attendance.AttendanceEntry;
import vn.hoinghi.attendance.IntroductionText;

/**
 * The leaders with a protocol rank not checked in yet, in rank order, with their answer and, for the committee,
 * the phones to call (theirs and their substitute's). Rendered by templates: it is redrawn at every check-in.
 */
class AbsentLeaders extends Grid<AttendanceEntry> {

    AbsentLeaders(boolean withPhones) {
        addClassName("hn-att-absent-leaders");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(AttendanceEntry::protocolRank).setHeader(getTranslation("attendance.rank")).setWidth("4rem").setFlexGrow(0);
        addColumn(LitRenderer.<AttendanceEntry>of("""
                        <div class="hn-name-cell"><span class="hn-att-leader-name">${item.name}</span>\
                        <span class="hn-substitute">${item.title}</span>\
                        <span class="hn-att-sub" ?hidden=${!item.sub}>${item.sub}</span></div>""")
                .withProperty("name", AttendanceEntry::fullName)
                .withProperty("title", e -> IntroductionText.fullTitle(e.title(), e.unitName()))
                .withProperty("sub", e -> e.hasSubstitute() ? getTranslation("attendance.substitute", e.substituteName()) : ""))
                .setHeader(getTranslation("attendance.name")).setFlexGrow(3);
        addColumn(AttendanceEntry::pointName)
                .setHeader(getTranslation("attendance.point")).setFlexGrow(2);
        addColumn(LitRenderer.<AttendanceEntry>of("<span theme=\"badge ${item.badge}\">${item.answer}</span>")
                .withProperty("answer", e -> getTranslation("attendance.answer." + e.status().name()))
                .withProperty("badge", e -> switch (e.status()) {
                    case CONFIRMED, SUBSTITUTE -> "success";
                    case DECLINED -> "error";
                    default -> "contrast";
                }))
                .setHeader(getTranslation("attendance.answer")).setFlexGrow(1);
        if (withPhones) {
            addColumn(LitRenderer.<AttendanceEntry>of("""
                            <div class="hn-name-cell"><a href="tel:${item.phone}" ?hidden=${!item.phone}>${item.phone}</a>\
                            <a href="tel:${item.other}" ?hidden=${!item.other}>${item.other}</a></div>""")
                    .withProperty("phone", e -> orEmpty(e.phone()))
                    .withProperty("other", e -> e.hasSubstitute() && !e.declined() && e.substitutePhone() != null
                            && !e.substitutePhone().equals(e.phone()) ? e.substitutePhone() : ""))
                    .setHeader(getTranslation("attendance.phone")).setFlexGrow(1);
        }
        setEmptyStateText(getTranslation("attendance.leaders.none"));
    }

    void show(List<AttendanceEntry> leaders) {
        setItems(leaders);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
