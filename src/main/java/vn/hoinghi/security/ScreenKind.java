package vn.hoinghi.security;

/** The unattended displays a screen link can open, each at its own route. */
public enum ScreenKind {
    /** The hall's big screen: what is on and who speaks (the award list takes it over). */
    HALL("screen/hall"),
    /** A remote point's screen: what is on, and the cue when this point goes live next. */
    POINT("screen/point"),
    /** The technicians' view: which source (the hall or which point) is live now and next. */
    TECHNICIAN("screen/technician");

    private final String route;

    ScreenKind(String route) {
        this.route = route;
    }

    public String route() {
        return route;
    }
}
