package vn.hoinghi.security;

import vn.hoinghi.base.ConferencePath;

/** The unattended displays a screen link can open, each a page of its conference. */
public enum ScreenKind {
    /** The hall's big screen: what is on and who speaks (the award list takes it over). */
    HALL("screen/hall"),
    /** A remote point's screen: what is on, and the cue when this point goes live next. */
    POINT("screen/point"),
    /** The technicians' view: which source (the hall or which point) is live now and next. */
    TECHNICIAN("screen/technician"),
    /**
     * A remote point's desk on its coordinator's phone, opened from the point's printed sign-in card: the point's
     * status, headcount and check-in, nothing else (decision 026).
     */
    DESK("screen/desk");

    /** The kinds the committee makes one at a time on the screens page; desk links are made for all points at once. */
    public static final java.util.List<ScreenKind> DISPLAYS = java.util.List.of(HALL, POINT, TECHNICIAN);

    /** What every screen's page starts with, after its conference's address. */
    public static final String PAGES = "screen/";

    private final String page;

    ScreenKind(String page) {
        this.page = page;
    }

    /** Whether a link of this kind is bound to one point. */
    public boolean ofPoint() {
        return this == POINT || this == DESK;
    }

    /** The screen's page inside its conference, e.g. {@code screen/hall}. */
    public String page() {
        return page;
    }

    /** The screen's address for this conference, e.g. {@code conferences/12/screen/hall}. */
    public String path(long conferenceId) {
        return ConferencePath.of(conferenceId, page);
    }
}
