package vn.hoinghi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.StaysVietnamese;

/**
 * Signs displays in with their screen link. {@code /s/{secret}} opens the link's screen and leaves the secret in
 * a long-lived cookie, so that after an app restart (sessions gone) the display signs itself in again when it
 * reloads its screen (only screen pages read the cookie: a person's browser that once opened a link is not
 * turned into a display elsewhere). A display whose link was revoked is signed out at its next request and sees why
 * (the cookie stays until a screen page is loaded, so that a phone acting on a page shows the closed page, not the
 * sign-in page). Wrong secrets are counted per client address with the login throttle: desk codes are short.
 */
@StaysVietnamese("the closed-screen page, Vietnamese with English below: it is served without a session to know a language")
class ScreenLinkFilter extends OncePerRequestFilter {

    static final String ENTRY = "/s/";
    static final String COOKIE = "HN_SCREEN";
    private static final Duration COOKIE_LIFE = Duration.ofDays(30);

    /** The throttle's name for wrong screen secrets: not a possible account name, so no account shares its lock. */
    static final String GUESSES = "#screen-link";

    private final ScreenLinkService links;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ScreenLinkFilter(ScreenLinkService links, LoginThrottle throttle) {
        this.links = links;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ENTRY)) {
            open(path.substring(ENTRY.length()), request, response);
            return;
        }
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScreenPass pass && !links.isActive(pass.linkId())) {
            boolean page = isScreenPage(request, path);
            signOut(request, response, page);
            if (page) {
                closed(response);
                return;
            }
        } else if ((auth == null || !auth.isAuthenticated()) && isScreenPage(request, path) && cookie(request).isPresent()) {
            Optional<ScreenPass> pass = signIn(cookie(request).get(), request);
            if (pass.isEmpty()) {
                forgetCookie(request, response);
                closed(response);
                return;
            }
            signIn(pass.get(), request, response);
        }
        chain.doFilter(request, response);
    }

    private void open(String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ScreenPass> pass = signIn(token, request);
        if (pass.isEmpty()) {
            signOut(request, response, true);
            closed(response);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        signIn(pass.get(), request, response);
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge((int) COOKIE_LIFE.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + "/" + pass.get().kind().path(pass.get().conferenceId()));
    }

    /** The link's pass; none for a wrong or revoked secret, counted against the address, or while it is locked. */
    private Optional<ScreenPass> signIn(String token, HttpServletRequest request) {
        LoginThrottle.Key guesser = new LoginThrottle.Key(GUESSES, request.getRemoteAddr());
        Optional<ScreenPass> pass = throttle.lockedFor(guesser).isZero() ? links.signIn(token) : Optional.empty();
        if (pass.isEmpty()) {
            throttle.failed(guesser);
        }
        return pass;
    }

    private void signIn(ScreenPass pass, HttpServletRequest request, HttpServletResponse response) {
        var auth = new PreAuthenticatedAuthenticationToken(pass, null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SCREEN)));
        SecurityContext context = strategy().createEmptyContext();
        context.setAuthentication(auth);
        strategy().setContext(context);
        contexts.saveContext(context, request, response);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, boolean forgetCookie) {
        strategy().clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (forgetCookie) {
            forgetCookie(request, response);
        }
    }

    private static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(COOKIE, "");
        gone.setPath(cookiePath(request));
        gone.setMaxAge(0);
        response.addCookie(gone);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && !c.getValue().isBlank()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** A display loading a screen page (not one of Vaadin's own requests behind it). */
    private static boolean isScreenPage(HttpServletRequest request, String path) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && ConferencePath.page(path).filter(page -> page.startsWith(ScreenKind.PAGES)).isPresent();
    }

    private static void closed(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Màn hình đã đóng</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family:sans-serif;background:#10243e;color:#fff;display:grid;place-items:center;height:100vh;margin:0">
                <main style="text-align:center;max-width:40em;padding:1em">
                <h1 class="hn-screen-closed">Màn hình này không còn được mở</h1>
                <p style="font-size:1.4em">Đường dẫn màn hình đã bị Ban tổ chức thu hồi hoặc không đúng.
                Xin liên hệ Ban tổ chức để nhận đường dẫn mới.</p>
                <p lang="en" style="opacity:.7">This screen link was revoked or is not valid.</p></main></body></html>
                """);
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static SecurityContextHolderStrategy strategy() {
        return SecurityContextHolder.getContextHolderStrategy();
    }
}
