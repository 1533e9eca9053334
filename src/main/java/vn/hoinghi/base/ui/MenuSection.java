package vn.hoinghi.base.ui;

import java.util.Arrays;

/**
 * The side navigation's sections, in the order of a conference's life. A page's {@code @Menu(order)} places it: its
 * hundreds say the section (0–99 the conference's overview, 100s preparation, 200s the day, 300s afterwards, 900s
 * what is not one conference's).
 */
public enum MenuSection {
    CONFERENCE(0, null),
    PREPARATION(100, "nav.section.preparation"),
    THE_DAY(200, "nav.section.theDay"),
    AFTERWARDS(300, "nav.section.afterwards"),
    GENERAL(900, "nav.section.general");

    private final double from;
    private final String titleKey;

    MenuSection(double from, String titleKey) {
        this.from = from;
        this.titleKey = titleKey;
    }

    /** The translation key of the section's heading; none for the overview at the top. */
    public String titleKey() {
        return titleKey;
    }

    public static MenuSection of(double menuOrder) {
        return Arrays.stream(values()).filter(s -> s.from <= menuOrder)
                .reduce((earlier, later) -> later).orElse(CONFERENCE);
    }
}
