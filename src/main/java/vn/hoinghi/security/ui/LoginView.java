package vn.hoinghi.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.hoinghi.base.ui.LanguageSwitch;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.base.ui.ComponentTexts;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "login.title";
    }


    private final LoginForm login = ComponentTexts.loginForm();
    public LoginView() {
        addClassName("hn-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        add(new LanguageSwitch(), title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message = getTranslation("login.error.message");
        if (failure instanceof LockedException) {
            message = getTranslation("login.error.throttled");
        }
        ComponentTexts.loginRefused(login, message);
    }
}
