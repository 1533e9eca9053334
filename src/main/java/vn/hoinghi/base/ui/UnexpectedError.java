package vn.hoinghi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed unexpectedly: the user reads what to do in their language, never a stack trace (Vaadin's own
 * page shows one in development mode); the log keeps it. Outside the app's frame, in case the frame is what failed.
 */
@AnonymousAllowed
public class UnexpectedError extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedError.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Page /{} failed", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        removeAll();
        addClassName("hn-unexpected-error");
        add(new H2(getTranslation("unexpected.title")), new Paragraph(getTranslation("unexpected.text")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
