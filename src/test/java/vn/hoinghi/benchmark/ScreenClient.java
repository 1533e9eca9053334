package vn.hoinghi.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One screen as a browser tab runs it, spoken at the protocol level (no browser, no JavaScript): the tab asks for
 * the screen, is sent to the login form, signs in, loads the app shell, lets Vaadin's client create the UI
 * ({@code v-r=init}), opens the push channel and navigates to the view ({@code ui-navigate}), then reads what
 * the server pushes. On the server it is an ordinary UI with its view attached.
 * <p>
 * The steps, parameters and framing are those of Vaadin Flow 25.2's own client ({@code Flow.js}, the GWT client's
 * {@code AtmospherePushConnection}, {@code MessageHandler}, {@code Heartbeat}) and the Atmosphere JavaScript
 * client it loads, checked against a real Chromium's traffic for {@code /screen/hall}:
 * <ul>
 * <li>Push: a websocket to {@code VAADIN/push?v-r=push&v-uiId=…&v-pushId=…} plus the Atmosphere client's query
 * parameters; the client asks for message lengths ({@code X-Atmosphere-TrackMessageSize=true}), so every
 * server message comes as {@code length|payload}, and the first one is Atmosphere's handshake
 * {@code trackingId|heartbeatInterval|padding|}. Messages to the server go over HTTP ({@code alwaysXhrToServer}),
 * none over the websocket.</li>
 * <li>Heartbeat: {@code POST ?v-r=heartbeat&v-uiId=…} every {@code heartbeatInterval} seconds (300 by default).</li>
 * <li>Closing the tab: the unload beacon ({@code "UNLOAD":true}) and Atmosphere's close request, then the socket.</li>
 * </ul>
 * Long polling, the Atmosphere fallback, is not spoken: the websocket must work.
 */
final class ScreenClient {

    /** What the tab does with each pushed UIDL message; {@code receivedMicros} is the wall clock at its arrival. */
    interface PushListener {
        void pushed(ScreenClient screen, long receivedMicros, JsonNode uidl);
    }

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The Atmosphere JavaScript client's own version, as the Vaadin client sends it. */
    private static final String ATMOSPHERE_FRAMEWORK = "4.0.1";
    private static final Pattern META = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\"");
    private static final String WRAP_START = "for(;;);[";

    final int index;
    private final HttpClient http;
    private final URI base;
    private final PushListener listener;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private int uiId;
    private int heartbeatSeconds;
    private String securityKey;
    private String pushId;
    private volatile int lastSyncId;
    private volatile String trackingId;
    private WebSocket socket;
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private final CompletableFuture<Void> socketClosed = new CompletableFuture<>();
    private volatile boolean closing;
    private volatile String failure;
    volatile int pushes;

    ScreenClient(int index, HttpClient http, URI base, PushListener listener) {
        this.index = index;
        this.http = http;
        this.base = base;
        this.listener = listener;
    }

    /**
     * Opens the screen at {@code route} ("screen/hall") as {@code username}. Returns the UIDL of the navigation,
     * which carries the view's first rendering.
     */
    JsonNode open(String route, String username, String password) throws Exception {
        // The screen's address while signed out: Spring Security keeps it and sends the tab to the login page.
        HttpResponse<String> r = send(get(route));
        expect(r, 302, "the screen signed out");
        r = send(get("login"));
        expect(r, 200, "the login page");
        Map<String, String> meta = meta(r.body());
        String csrfParameter = meta.getOrDefault("_csrf_parameter", "_csrf");
        // The login page's own script puts the XSRF-TOKEN cookie, if there is one, in place of the meta tag's token.
        String csrf = cookies.containsKey("XSRF-TOKEN") ? cookies.get("XSRF-TOKEN") : meta.get("_csrf");
        r = send(post("login", form(csrfParameter, csrf, "username", username, "password", password),
                "application/x-www-form-urlencoded").header("Origin", origin()));
        expect(r, 302, "the login form");
        URI saved = base.resolve(r.headers().firstValue("location").orElseThrow());
        if (saved.getPath().endsWith("/login")) {
            throw new IOException("login refused for " + username + ": " + saved);
        }
        return attach(saved);
    }

    /**
     * Opens a display by its screen link ({@code s/<secret>}): the app signs it in and sends it to its screen's page.
     * Returns the UIDL of the navigation, as {@link #open} does.
     */
    JsonNode openLink(String link) throws Exception {
        HttpResponse<String> r = send(get(link));
        expect(r, 302, "the screen link");
        return attach(base.resolve(r.headers().firstValue("location").orElseThrow()));
    }

    /** Opens a public page without signing in (a delegate's link {@code moi/<code>}), as {@link #open} does. */
    JsonNode openPublic(String path) throws Exception {
        return attach(base.resolve(path));
    }

    /** A signed-in tab loads its page {@code saved}: the app shell, the UI, the push channel, the view. */
    private JsonNode attach(URI saved) throws Exception {
        HttpResponse<String> r;
        // The app shell (index.html); the browser's Flow client then asks for a UI for this location.
        r = send(get(saved.toString()));
        expect(r, 200, "the app shell");
        String location = saved.getPath().replaceFirst("^/", "");
        String query = saved.getRawQuery() == null ? "" : saved.getRawQuery();
        JsonNode init = json(send(get("?v-r=init&location=" + enc(location) + "&query=" + enc(query) + browserDetails())),
                "v-r=init");
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        lastSyncId = uidl.path("syncId").asInt();
        if (securityKey.isEmpty() || pushId.isEmpty()) {
            throw new IOException("v-r=init without security key or push id: " + init);
        }

        // Push first, as the browser does, then the router's first navigation, which attaches the view.
        socket = http.newWebSocketBuilder()
                .header("Cookie", cookieHeader())
                .header("Origin", origin())
                .connectTimeout(TIMEOUT)
                .buildAsync(pushUri(), new Push())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String navigate = JSON.writeValueAsString(Map.of(
                "csrfToken", securityKey,
                "rpc", java.util.List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", Map.of("route", "/" + location, "query", query, "appShellTitle", "",
                                "historyState", Map.of("idx", 0), "trigger", ""))),
                "syncId", lastSyncId,
                "clientId", 0));
        JsonNode view = json(send(post("?v-r=uidl&v-uiId=" + uiId, navigate, "application/json; charset=UTF-8")),
                "ui-navigate");
        lastSyncId = Math.max(lastSyncId, view.path("syncId").asInt(-1));
        try {
            trackingId = handshake.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("no push handshake: " + e);
        }
        return view;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** Vaadin's heartbeat: tells the server the tab is still open. */
    void heartbeat() throws IOException, InterruptedException {
        expect(send(post("?v-r=heartbeat&v-uiId=" + uiId, "", "text/plain; charset=utf-8")), 200, "heartbeat");
    }

    /** Open and not failed: the push socket is up. */
    boolean healthy() {
        return failure == null && socket != null && !socketClosed.isDone();
    }

    String failure() {
        return failure;
    }

    /** Closes the tab as a browser does: the unload beacon, Atmosphere's close request, then the socket. */
    void close() throws IOException, InterruptedException {
        closing = true;
        if (socket == null) {
            return;
        }
        String unload = JSON.writeValueAsString(Map.of("csrfToken", securityKey, "rpc", java.util.List.of(), "UNLOAD", true));
        expect(send(post("?v-r=uidl&v-uiId=" + uiId, unload, "text/plain;charset=UTF-8")), 200, "unload beacon");
        send(post("VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=" + trackingId
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId, "", "text/plain;charset=UTF-8"));
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
            socketClosed.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
    }

    private URI pushUri() {
        String http = base.resolve("VAADIN/push").toString();
        return URI.create(http.replaceFirst("^http", "ws") + "?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=" + ATMOSPHERE_FRAMEWORK
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId);
    }

    /** What Flow.js collects about the window: a full-HD landscape screen in Vietnam's time zone. */
    private String browserDetails() {
        return "&v-sh=1080&v-sw=1920&v-wh=1080&v-ww=1920&v-bh=1080&v-bw=1920&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=" + enc("Asia/Ho_Chi_Minh")
                + "&v-wn=" + enc("v-" + Math.random()) + "&v-td=false&v-pr=1&v-np=" + enc("Linux x86_64")
                + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
                + "&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    /** The push channel: websocket text arrives in pieces; Atmosphere's {@code length|payload} framing on top. */
    private final class Push implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private final StringBuilder stream = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                long at = nowMicros();
                stream.append(message);
                message.setLength(0);
                int bar;
                while ((bar = stream.indexOf("|")) > 0) {
                    int length = Integer.parseInt(stream, 0, bar, 10);
                    if (stream.length() < bar + 1 + length) {
                        break; // the rest comes in the next websocket message
                    }
                    String payload = stream.substring(bar + 1, bar + 1 + length);
                    stream.delete(0, bar + 1 + length);
                    received(payload, at);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                failure = "push closed by the server: " + statusCode + " " + reason;
            }
            socketClosed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                failure = "push failed: " + error;
            }
            handshake.completeExceptionally(error);
            socketClosed.complete(null);
        }
    }

    private void received(String payload, long at) {
        if (!handshake.isDone()) {
            // trackingId|heartbeatInterval|padding|
            handshake.complete(payload.substring(0, payload.indexOf('|')));
            return;
        }
        if (payload.isBlank() || payload.equals("X")) {
            return; // Atmosphere's heartbeat padding (the server has its heartbeat off, but be safe)
        }
        try {
            JsonNode uidl = JSON.readTree(unwrap(payload));
            lastSyncId = Math.max(lastSyncId, uidl.path("syncId").asInt(-1));
            pushes++;
            JsonNode meta = uidl.path("meta");
            if (meta.has("sessionExpired") || meta.has("appError")) {
                failure = "server says " + meta;
            }
            listener.pushed(this, at, uidl);
        } catch (RuntimeException e) {
            failure = "unreadable push: " + e;
        }
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** Whether the UIDL sets some element's text to exactly {@code text}. */
    static boolean setsText(JsonNode uidl, String text) {
        for (JsonNode change : uidl.path("changes")) {
            if ("text".equals(change.path("key").asString()) && text.equals(change.path("value").asString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the UIDL sets some element's text, or its markup (the delegate page's rows are written whole as
     * {@code innerHTML}), to one containing {@code fragment}.
     */
    static boolean setsTextContaining(JsonNode uidl, String fragment) {
        for (JsonNode change : uidl.path("changes")) {
            String key = change.path("key").asString();
            if (("text".equals(key) || "innerHTML".equals(key)) && change.path("value").asString().contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    private static String unwrap(String json) {
        return json.startsWith(WRAP_START) ? json.substring(WRAP_START.length(), json.length() - 1) : json;
    }

    private JsonNode json(HttpResponse<String> r, String what) throws IOException {
        expect(r, 200, what);
        return JSON.readTree(unwrap(r.body()));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path, String body, String contentType) {
        return request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        String cookie = cookieHeader();
        return cookie.isEmpty() ? b : b.header("Cookie", cookie);
    }

    /** Sends the request and keeps the cookies it sets, as the tab's cookie jar. Redirects are not followed. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        synchronized (cookies) {
            for (String c : r.headers().allValues("set-cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                if (c.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(eq + 1).trim());
                }
            }
        }
        return r;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        }
    }

    private String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static void expect(HttpResponse<String> r, int status, String what) throws IOException {
        if (r.statusCode() != status) {
            throw new IOException(what + ": HTTP " + r.statusCode() + " from " + r.uri() + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    private static Map<String, String> meta(String html) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher matcher = META.matcher(html);
        while (matcher.find()) {
            m.put(matcher.group(1), matcher.group(2));
        }
        return m;
    }

    private static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(i == 0 ? "" : "&").append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
