package vn.hoinghi.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells Vietnamese UI text from English: by its letters one way, by the app's English vocabulary the other. */
final class UiLanguage {

    /** đ, and the marks of ă â ê ô ơ ư and of the five tones, once a text is decomposed (NFD). */
    private static final Pattern VIETNAMESE_MARK = Pattern.compile("[đĐ\\u0300\\u0301\\u0302\\u0303\\u0306\\u0309\\u031B\\u0323]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /**
     * What Vaadin's components say in English unless given other texts: date pickers, uploads, login form, grids'
     * selection and sorting, drawer toggles, password fields, confirm dialogs, and the calendar's months and weekdays.
     */
    private static final Set<String> VAADIN_DEFAULTS = Set.of("select", "today", "cancel", "upload", "drop", "files",
            "file", "clear", "open", "close", "confirm", "username", "password", "forgot", "remove", "retry", "start",
            "error", "week", "here", "incorrect", "check", "again", "please", "login", "loading", "toggle", "navigation",
            "panel", "show", "hide", "previous", "next", "more", "options", "expand", "collapse", "sort", "ascending",
            "descending", "search", "required", "invalid", "selected", "dismiss", "notification", "dialog", "reconnecting",
            "connection", "lost", "online", "offline", "server",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private UiLanguage() {
    }

    /** Whether the text has a letter only Vietnamese writes. */
    static boolean hasVietnameseLetter(String text) {
        return VIETNAMESE_MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).find();
    }

    /**
     * English words of 4+ letters that the app's English texts use and its Vietnamese texts never do (so product
     * words both languages write, like "Email", "Excel" or "Zalo", do not count), plus Vaadin's default English.
     */
    static Set<String> englishVocabulary() {
        Set<String> vietnamese = words(load("translations_vi.properties"), 1);
        Set<String> english = words(load("translations_en.properties"), 4);
        english.addAll(VAADIN_DEFAULTS);
        english.removeIf(w -> vietnamese.contains(w) || !w.matches("[a-z]+"));
        return english;
    }

    /** The English words of the vocabulary in a text, as the text writes them. */
    static Set<String> englishWords(String text, Set<String> vocabulary) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (vocabulary.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = UiLanguage.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> words(Properties texts, int minLength) {
        Set<String> words = new TreeSet<>();
        for (Object value : texts.values()) {
            Matcher m = WORD.matcher(PLACEHOLDER.matcher((String) value).replaceAll(" "));
            while (m.find()) {
                if (m.group().length() >= minLength) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
