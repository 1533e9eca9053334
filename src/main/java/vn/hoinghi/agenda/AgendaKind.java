package vn.hoinghi.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;

/** What an agenda item is. Its name is in the translation files; the words are what files write. */
public enum AgendaKind {
    CEREMONY("nghi thuc", "nghi le", "tuyen bo ly do", "gioi thieu dai bieu", "chao co", "ceremony"),
    PERFORMANCE("video", "van nghe", "phong su", "trinh chieu", "phim", "clip", "tiet muc", "bao cao bang hinh anh",
            "performance"),
    SPEECH("phat bieu", "khai mac", "chi dao", "phat bieu chi dao", "phat bieu khai mac", "speech"),
    REPORT("bao cao", "bao cao so ket", "bao cao tong ket", "report"),
    CONTRIBUTION("tham luan", "contribution"),
    DISCUSSION("thao luan", "trao doi", "y kien", "discussion"),
    AWARDS("khen thuong", "trao thuong", "trao bang khen", "trao khen thuong", "awards", "award"),
    BREAK("giai lao", "nghi giai lao", "nghi", "break"),
    CLOSING("be mac", "ket luan", "tiep thu", "closing");

    private final List<String> words;

    AgendaKind(String... words) {
        this.words = List.of(words);
    }

    /** The translation key of the kind's name ("Tham luận", "Contribution"). */
    public String key() {
        return "agenda.kind." + name();
    }

    /**
     * Whether points (and, later, delegates in the hall) may ask for the floor while an item of this kind is on: the
     * one rule of it (decision 031).
     */
    public boolean takesFloorRequests() {
        return this == DISCUSSION;
    }

    /** The name Vietnamese programmes give the kind: for documents, whatever the page's language. */
    public String label() {
        return Texts.in(Texts.VIETNAMESE, key());
    }

    /** The kind a file's "Loại" cell names ("Video", "Nghi thức", "Tham luan", "Contribution"); empty if none matches. */
    public static Optional<AgendaKind> parse(String text) {
        String folded = words(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (AgendaKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(folded) || words(k.label()).equals(folded)
                    || words(Texts.in(Locale.ENGLISH, k.key())).equals(folded)
                    || k.words.contains(folded)) {
                return Optional.of(k);
            }
        }
        for (AgendaKind k : values()) {
            if (k.words.stream().anyMatch(w -> w.length() > 4 && (" " + folded + " ").contains(" " + w + " "))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A guess from an item's title when the file has no kind: "Tham luận: …" is a contribution. */
    public static AgendaKind guess(String title) {
        String t = SearchKey.fold(title);
        if (t.startsWith("tham luan")) {
            return CONTRIBUTION;
        }
        if (t.contains("khen thuong") || t.contains("trao thuong")) {
            return AWARDS;
        }
        if (t.contains("be mac")) {
            return CLOSING;
        }
        if (t.contains("giai lao")) {
            return BREAK;
        }
        if (t.contains("thao luan")) {
            return DISCUSSION;
        }
        if (t.contains("van nghe") || t.contains("phong su") || t.contains("video")) {
            return PERFORMANCE;
        }
        if (t.startsWith("bao cao")) {
            return REPORT;
        }
        if (t.contains("tuyen bo ly do") || t.contains("gioi thieu dai bieu") || t.contains("chao co")) {
            return CEREMONY;
        }
        return SPEECH;
    }

    private static String words(String text) {
        return SearchKey.fold(text).replaceAll("[^a-z0-9 ]+", " ").strip().replaceAll(" +", " ");
    }
}
