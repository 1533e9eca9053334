package vn.hoinghi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.security.AppRoles;

/**
 * What a user reads when a page fails: a refusal and an unexpected exception each get a page in Vietnamese that shows
 * nothing of the exception (the tests run Vaadin in development mode, whose own error page shows the stack trace).
 */
@IntegrationTest
@WithMockUser(username = "loi-trang", roles = AppRoles.STAFF)
class ErrorViewsTest extends SignedInBrowserlessTest {

    private static final String SECRET = "Điểm cầu xã Bí Mật của hội nghị 4242";

    @Test
    void aRefusalInsideAPageShowsTheSameFewWordsAndNothingOfWhatWasRefused() {
        AccessRefused page = navigate(RefusingPage.PATH, AccessRefused.class);

        assertThat(text(page)).contains("Không được phép",
                "Tài khoản đang đăng nhập không được xem hoặc làm việc này.").doesNotContain(SECRET, "4242", "Exception");
    }

    @Test
    void anUnexpectedFailureShowsWhatToDoAndNoneOfTheException() {
        UnexpectedError page = navigate(FailingPage.PATH, UnexpectedError.class);

        assertThat(text(page)).contains("Trang gặp lỗi", "Hãy tải lại trang")
                .doesNotContain(SECRET, "IllegalStateException", "Exception", "at vn.hoinghi");
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ").strip();
    }

    /** A page whose service refuses, as another point's desk does. Exists in tests only. */
    @Route(RefusingPage.PATH)
    @AnonymousAllowed
    public static class RefusingPage extends Div implements BeforeEnterObserver {
        static final String PATH = "kiem-thu/tu-choi";

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException(SECRET);
        }
    }

    /** A page with a bug. Exists in tests only. */
    @Route(FailingPage.PATH)
    @AnonymousAllowed
    public static class FailingPage extends Div implements BeforeEnterObserver {
        static final String PATH = "kiem-thu/loi";

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(SECRET);
        }
    }
}
