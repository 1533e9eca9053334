package vn.hoinghi.gate.api;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Hands {@code /api/scan} to {@link ScanServlet} at the start of Tomcat's pipeline, before the host, the context and
 * the servlet filters. Those filters (Spring's request context and path parsing, the security firewall, WebSocket's)
 * took a fifth of a scan's request-thread CPU and a quarter of its garbage when forty gates post at once, and a
 * device has no session, cookie or login for them to guard: its token is checked by the scanner service (decision
 * 013). Any other path, including another spelling of this one, goes on through the pipeline as before. A request
 * Tomcat could not read (headers over its limit, a malformed length) comes here too, already marked 400: it is
 * answered in JSON like the servlet's other refusals, not by the container's error page.
 */
final class ScanValve extends ValveBase {

    private final ScanServlet servlet;

    ScanValve(ScanServlet servlet) {
        super(true);
        this.servlet = servlet;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (ScanServlet.PATH.equals(request.getRequestURI())) {
            if (response.isError()) { // Tomcat could not parse it (a header too long, a bad length) and says 400
                servlet.refuseMalformed(response.getResponse());
                return;
            }
            servlet.service(request.getRequest(), response.getResponse());
        } else {
            getNext().invoke(request, response);
        }
    }
}
