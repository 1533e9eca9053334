package vn.hoinghi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a user sees when a service refuses what a page asked for (another point's desk, another unit's report): the
 * same few words whatever was refused, so the page names nothing of other conferences, points or units.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessRefused extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AccessRefused.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Refused /{}: {}", event.getLocation().getPathWithQueryParameters(), parameter.getException().getMessage());
        removeAll();
        addClassName("hn-refused");
        add(new H2(getTranslation("refused.title")), new Paragraph(getTranslation("refused.text")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
