package vn.hoinghi.submission.report.ui;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.hoinghi.base.Texts;

/**
 * What a page says of a refused report: the service's own sentence (the deadline has passed, the account has no
 * unit), but never Spring Security's bare "Access Denied" of a role check.
 */
final class Refusals {

    private Refusals() {
    }

    static String text(AccessDeniedException e) {
        return e instanceof AuthorizationDeniedException ? Texts.t("refused.text") : e.getMessage();
    }
}
