package vn.hoinghi.invitation.offline;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.invitation.DelegatePage;
import vn.hoinghi.invitation.DelegatePageService;

/**
 * What the delegate's phone keeps for when it is offline (decision 038), outside Vaadin, which needs the server:
 * {@code /moi/sw.js}, the service worker scoped to /moi/; {@code /moi-the/{code}}, the offline card (plain HTML with
 * the QR inline); {@code /moi-the/{code}/manifest.webmanifest}, the link's web app manifest; {@code /moi-the/icon.svg}.
 * The card opens through the same throttled door as the page, and is marked private and not to be stored by any
 * cache but the phone's own worker.
 */
class OfflineCardServlet extends HttpServlet {

    static final String WORKER_PATH = "/moi/sw.js";
    static final String CARD_PREFIX = "/moi-the";
    private static final Pattern CARD = Pattern.compile("/([0-9a-z]{1,12}\\.[0-9a-z]{1,6}\\.[A-Za-z0-9_-]{16})(/manifest\\.webmanifest)?");

    private final DelegatePageService pages;
    private final JsonMapper json;
    private final byte[] worker;
    private final byte[] icon;

    OfflineCardServlet(DelegatePageService pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
        this.worker = resource("delegate-sw.js");
        this.icon = resource("delegate-icon.svg");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (WORKER_PATH.equals(request.getServletPath())) {
            response.setHeader("Cache-Control", "no-cache");
            send(response, "text/javascript", worker);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/icon.svg")) {
            response.setHeader("Cache-Control", "public, max-age=86400");
            send(response, "image/svg+xml", icon);
            return;
        }
        // a personal page: no shared cache, nothing on disk; the phone's worker keeps its own copy
        response.setHeader("Cache-Control", "private, no-store");
        Matcher m = CARD.matcher(path);
        Optional<DelegatePage> page = m.matches() ? pages.open(m.group(1), request.getRemoteAddr()) : Optional.empty();
        Locale language = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : CardHtml.VIETNAMESE;
        if (page.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            send(response, "text/html;charset=UTF-8", CardHtml.invalid(language).getBytes(StandardCharsets.UTF_8));
        } else if (m.group(2) != null) {
            send(response, "application/manifest+json", json.writeValueAsBytes(CardHtml.manifest(page.get(), m.group(1),
                    language)));
        } else {
            send(response, "text/html;charset=UTF-8", CardHtml.card(page.get(), language).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OfflineCardServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
