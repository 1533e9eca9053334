package vn.hoinghi.security;

import vn.hoinghi.base.ConferencePath;

/** The unattended displays a screen link can open, each a page of its conference. */
public enum ScreenKind {
    /** The hall's big screen: what is on and who speaks (the award list takes it over). */
    HALL("screen/hall"),
    /** A remote point's screen: what is on, and the cue when this point goes live next. */
    POINT("screen/point"),
    /** The technicians' view: which source (the hall or which point) is live now and next. */
    TECHNICIAN("screen/technician");

    /** What every screen's page starts with, after its conference's address. */
    public static final String PAGES = "screen/";

    private final String page;

    ScreenKind(String page) {
        this.page = page;
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
