package vn.hoinghi.base;

import java.util.regex.Pattern;

/** What the app accepts as an e-mail address, wherever one is typed or imported. */
public final class Emails {

    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private Emails() {
    }

    public static boolean valid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
