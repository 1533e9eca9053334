package vn.hoinghi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A sentence a user reads is looked up by key, so it reads in the page's language. This reads the main sources:
 * Vietnamese in a string literal is allowed only in a class marked {@code @StaysVietnamese}, and a page may not
 * hand a component a literal text.
 */
class HardCodedTextTest {

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_FOR_A_COMPONENT = Pattern.compile("\\b(setText|setLabel|setPlaceholder"
            + "|setAriaLabel|setTitle|setHelperText|setErrorMessage|setConfirmText|setCancelText|setRejectText"
            + "|Notification\\.show|Notifications\\.(error|success|info|warning)"
            + "|new (Button|Span|H[1-6]|Paragraph|NativeLabel|Text|Checkbox|Tab|Details|Div|ListItem))"
            + "\\(\\s*\"([^\"\\\\]|\\\\.)*\\p{L}{2}");

    @Test
    void vietnameseTextIsInTheTranslationFilesOrMarkedAsStayingVietnamese() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = Files.readString(file);
            if (source.contains("@StaysVietnamese(")) {
                continue;
            }
            List<String> lines = withoutComments(source).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                for (String literal : literals(lines.get(i))) {
                    if (VIETNAMESE_LETTER.matcher(literal).find()) {
                        found.add(file + ":" + (i + 1) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).withFailMessage("Vietnamese literals outside the translation files (%d):%n%s", found.size(),
                String.join("\n", found)).isEmpty();
    }

    @Test
    void pagesGiveComponentsNoLiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = withoutComments(Files.readString(file)).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (TEXT_FOR_A_COMPONENT.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).withFailMessage("Literal texts handed to components (%d):%n%s", found.size(),
                String.join("\n", found)).isEmpty();
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The source with its comments blanked, lines kept, string literals untouched. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The string literals of one line (a text block counts as literals of its lines). */
    private static List<String> literals(String line) {
        List<String> literals = new ArrayList<>();
        var m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        while (m.find()) {
            literals.add(m.group(1));
        }
        if (literals.isEmpty() && VIETNAMESE_LETTER.matcher(line).find()) {
            literals.add(line.strip());
        }
        return literals;
    }
}
