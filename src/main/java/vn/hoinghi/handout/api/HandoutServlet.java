package vn.hoinghi.handout.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import vn.hoinghi.handout.HandoutContent;
import vn.hoinghi.handout.HandoutDownloads;
import vn.hoinghi.handout.HandoutLinks;
import vn.hoinghi.submission.FileType;

/**
 * GET /tai-lieu/{link}: a delegate's document through the signed link on their page (decision 039). Anything wrong —
 * a malformed, forged or expired link, a reissued code, a withdrawn delegate, a document unpublished or no longer for
 * this delegate, another method — is the same bare 404, so a stranger learns nothing from trying. A PDF opens in the
 * phone's viewer, a DOCX is saved; neither is kept by a browser or a proxy.
 */
class HandoutServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(HandoutServlet.class);
    private final transient HandoutDownloads downloads;

    HandoutServlet(HandoutDownloads downloads) {
        this.downloads = downloads;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) || !uri.startsWith(HandoutLinks.PREFIX)) {
            notFound(response);
            return;
        }
        Optional<HandoutContent> content;
        try {
            content = downloads.open(uri.substring(HandoutLinks.PREFIX.length()));
        } catch (RuntimeException e) { // a made document that cannot be made now, the database away…
            log.warn("A document link could not be served: {}", e.toString());
            content = Optional.empty();
        }
        if (content.isEmpty()) {
            notFound(response);
            return;
        }
        HandoutContent file = content.get();
        response.setStatus(200);
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", ContentDisposition
                .builder(FileType.PDF.mediaType.equals(file.mediaType()) ? "inline" : "attachment")
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(file.content());
    }

    private static void notFound(HttpServletResponse response) {
        response.setStatus(404);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
    }
}
