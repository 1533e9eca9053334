package vn.hoinghi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees at an address that does not exist or is not for their account (Vaadin sends a refused page here
 * too, so as not to tell which pages exist): in the user's language, inside the app's frame, with the way home —
 * instead of Vaadin's English page that, in development, lists every route.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("hn-not-found");
        add(new H2(getTranslation("notFound.title")),
                new Paragraph(getTranslation("notFound.text", "/" + event.getLocation().getPath())),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
