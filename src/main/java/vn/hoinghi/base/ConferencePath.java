package vn.hoinghi.base;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every page that works on a conference carries it in its address: {@code conferences/12/delegates}. Two tabs, or
 * two people on one account, each work on the conference of their own address and never on another's (decision 016).
 */
public final class ConferencePath {

    public static final String PARAMETER = "conferenceId";
    /** The route of a conference's overview; each of its pages' routes is this, "/" and the page. */
    public static final String ROUTE = "conferences/:" + PARAMETER + "([0-9]{1,18})";

    /** The awards page's query parameter that opens its quota dialog (the plan's form leads there). */
    public static final String OPEN_QUOTAS = "quotas";

    private static final Pattern ADDRESS = Pattern.compile("^/?conferences/([0-9]{1,18})(?:/(.*))?$");

    private ConferencePath() {
    }

    /** The address of the conference's overview, e.g. {@code conferences/12}. */
    public static String of(long conferenceId) {
        return "conferences/" + conferenceId;
    }

    /** The address of one of the conference's pages, e.g. {@code conferences/12/delegates}. */
    public static String of(long conferenceId, String page) {
        return of(conferenceId) + "/" + page;
    }

    /** For an address inside a conference, the page's part ({@code ""} for the overview); empty for any other. */
    public static Optional<String> page(String path) {
        Matcher m = ADDRESS.matcher(path);
        return m.matches() ? Optional.of(m.group(2) == null ? "" : m.group(2)) : Optional.empty();
    }
}
