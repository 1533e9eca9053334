package vn.hoinghi.handout.api;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import vn.hoinghi.handout.HandoutLinks;

/**
 * Hands {@code /tai-lieu/…} to {@link HandoutServlet} at the start of Tomcat's pipeline, before Vaadin and the
 * security filters (as {@code gate.api.ScanValve} does): a delegate's phone has no session or login for them to guard,
 * and a download must not open one. Any other path goes on as before.
 */
final class HandoutValve extends ValveBase {

    private final HandoutServlet servlet;

    HandoutValve(HandoutServlet servlet) {
        super(true);
        this.servlet = servlet;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith(HandoutLinks.PREFIX) && !response.isError()) {
            servlet.service(request.getRequest(), response.getResponse());
        } else {
            getNext().invoke(request, response);
        }
    }
}
