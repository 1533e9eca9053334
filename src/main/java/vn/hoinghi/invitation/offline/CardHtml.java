package vn.hoinghi.invitation.offline;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.document.QrImage;
import vn.hoinghi.invitation.DelegatePage;
import vn.hoinghi.point.PointContact;

/**
 * The offline card's HTML and the link's manifest: no more than the page shows (conference, name, seat or point, the
 * QR), self-contained (inline style, the QR an inline image), so that a phone without network shows it whole.
 */
final class CardHtml {

    static final Locale VIETNAMESE = Texts.VIETNAMESE;

    private CardHtml() {
    }

    static String card(DelegatePage page, Locale language) {
        Delegate d = page.invitation().delegate();
        var c = page.invitation().conference();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!doctype html><html lang=\"").append(language.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(Texts.in(language, "rsvp.pageTitle"))).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body><main>")
                .append("<p class=\"offline\">").append(e(Texts.in(language, "delegatePage.offline.note"))).append("</p>")
                .append("<h1>").append(e(c.title())).append("</h1>")
                .append("<p class=\"when\">").append(e(when(c.startsAt(), language))).append("</p>")
                .append("<p class=\"name\">").append(e(honorific(d, language))).append(' ').append(e(d.attendeeName()))
                .append("</p>")
                .append("<img class=\"qr\" alt=\"").append(e(Texts.in(language, "delegatePage.qr.alt"))).append("\" src=\"")
                .append(QrImage.pngDataUri(page.qrLink())).append("\">");
        place(html, page, d, language);
        return html.append("</main></body></html>").toString();
    }

    private static void place(StringBuilder html, DelegatePage page, Delegate d, Locale language) {
        if (page.pass().atHall()) {
            String venue = page.invitation().place();
            if (venue != null) {
                html.append("<p>").append(e(venue)).append("</p>");
            }
            if (d.seatRow() != null) {
                html.append("<p class=\"seat\">").append(e(Texts.in(language, "rsvp.seatValue", d.seatRow(),
                        String.valueOf(d.seatNumber())))).append("</p>");
            }
            return;
        }
        PointContact p = page.point();
        if (p == null) {
            return;
        }
        html.append("<p class=\"seat\">").append(e(p.name())).append("</p>");
        if (p.room() != null) {
            html.append("<p>").append(e(p.room())).append("</p>");
        }
        if (p.technicianPhone() != null) {
            html.append("<p>").append(e(Texts.in(language, "delegatePage.where.technician",
                            p.technician() == null ? "" : p.technician()))).append(" <a href=\"tel:")
                    .append(e(p.technicianPhone())).append("\">").append(e(p.technicianPhone())).append("</a></p>");
        }
    }

    static String invalid(Locale language) {
        return "<!doctype html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + e(Texts.in(language, "rsvp.invalid.title")) + "</title><style>" + STYLE + "</style></head><body><main><h1>"
                + e(Texts.in(language, "rsvp.invalid.title")) + "</h1><p>" + e(Texts.in(language, "rsvp.invalid.text"))
                + "</p></main></body></html>";
    }

    /** The link's own manifest: it starts at the link, within the worker's scope, and opens like an app. */
    static Map<String, Object> manifest(DelegatePage page, String code, Locale language) {
        String name = Texts.in(language, "delegatePage.manifest.name");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name + " – " + page.invitation().conference().title());
        m.put("short_name", name);
        m.put("id", "/moi/" + code);
        m.put("start_url", "/moi/" + code);
        m.put("scope", "/moi/");
        m.put("display", "standalone");
        m.put("background_color", "#ffffff");
        m.put("theme_color", "#b71c1c");
        m.put("lang", language.toLanguageTag());
        m.put("icons", List.of(Map.of("src", "/moi-the/icon.svg", "sizes", "any", "type", "image/svg+xml")));
        return m;
    }

    private static String when(java.time.Instant startsAt, Locale language) {
        LocalDateTime t = Times.local(startsAt);
        return Texts.in(language, "rsvp.time", String.format("%02d", t.getHour()), String.format("%02d", t.getMinute()),
                Texts.in(language, "weekday." + t.getDayOfWeek()), Times.DATE.format(t));
    }

    private static String honorific(Delegate d, Locale language) {
        if (d.hasSubstitute()) {
            return "";
        }
        return Texts.in(language, "honorific." + (d.gender() == null ? "none" : d.gender().name()));
    }

    private static String e(String text) {
        return htmlEscape(text, "UTF-8");
    }

    private static final String STYLE = "body{margin:0;font-family:system-ui,sans-serif;background:#fbf4f3;color:#222}"
            + "main{max-width:30rem;margin:0 auto;padding:1rem;text-align:center}"
            + "h1{font-size:1.35rem;line-height:1.3;color:#8e1b1b}"
            + ".offline{font-size:.9rem;background:#fff3cd;border-radius:6px;padding:.4rem}"
            + ".name{font-size:1.3rem;font-weight:700}.seat{font-size:1.6rem;font-weight:800}"
            + ".qr{width:min(80vw,20rem);height:auto;image-rendering:pixelated;background:#fff;padding:.5rem}"
            + "a{color:#8e1b1b;font-weight:700}";
}
