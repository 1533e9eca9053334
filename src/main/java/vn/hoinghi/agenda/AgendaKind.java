package vn.hoinghi.agenda;

import java.util.List;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;

/** What an agenda item is. The label is how Vietnamese programmes name it; the words are what files write. */
public enum AgendaKind {
    CEREMONY("Nghi thức", "nghi thuc", "nghi le", "tuyen bo ly do", "gioi thieu dai bieu", "chao co", "ceremony"),
    PERFORMANCE("Văn nghệ, video", "video", "van nghe", "phong su", "trinh chieu", "phim", "clip", "tiet muc",
            "bao cao bang hinh anh", "performance"),
    SPEECH("Phát biểu", "phat bieu", "khai mac", "chi dao", "phat bieu chi dao", "phat bieu khai mac", "speech"),
    REPORT("Báo cáo", "bao cao", "bao cao so ket", "bao cao tong ket", "report"),
    CONTRIBUTION("Tham luận", "tham luan", "contribution"),
    DISCUSSION("Thảo luận", "thao luan", "trao doi", "y kien", "discussion"),
    AWARDS("Khen thưởng", "khen thuong", "trao thuong", "trao bang khen", "trao khen thuong", "awards", "award"),
    BREAK("Giải lao", "giai lao", "nghi giai lao", "nghi", "break"),
    CLOSING("Bế mạc", "be mac", "ket luan", "tiep thu", "closing");

    private final String label;
    private final List<String> words;

    AgendaKind(String label, String... words) {
        this.label = label;
        this.words = List.of(words);
    }

    public String label() {
        return label;
    }

    /** The kind a file's "Loại" cell names ("Video", "Nghi thức", "Tham luan"); empty if none matches. */
    public static Optional<AgendaKind> parse(String text) {
        String folded = SearchKey.fold(text).replaceAll("[^a-z0-9 ]+", " ").strip().replaceAll(" +", " ");
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (AgendaKind k : values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).equals(folded) || SearchKey.fold(k.label).equals(folded)
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
}
