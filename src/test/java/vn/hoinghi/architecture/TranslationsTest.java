package vn.hoinghi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class TranslationsTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws Exception {
        Properties vi = load("translations_vi.properties");
        Properties en = load("translations_en.properties");
        assertThat(vi).isNotEmpty();
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAsksForIsTranslated() throws Exception {
        Properties vi = load("translations_vi.properties");
        Pattern literal = Pattern.compile("(?:getTranslation|title = )\\(?\"([a-zA-Z0-9.]*[a-zA-Z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    var m = literal.matcher(Files.readString(p));
                    while (m.find()) {
                        assertThat(vi.stringPropertyNames()).as("key in " + p.getFileName()).contains(m.group(1));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void englishWritesItsApostrophesSoThatMessageFormatKeepsThem() throws Exception {
        Properties en = load("translations_en.properties");
        en.forEach((key, value) -> assertThat((String) value).as(key.toString()).doesNotContain("'"));
    }

    @Test
    void vietnameseTextIsInComposedForm() throws Exception {
        Properties vi = load("translations_vi.properties");
        vi.values().forEach(v -> assertThat(java.text.Normalizer.isNormalized((String) v, java.text.Normalizer.Form.NFC))
                .as(v.toString()).isTrue());
    }

    @Test
    void everyPageTakesItsTitleFromATranslationThatReadsEnglishInEnglish() throws Exception {
        Properties en = load("translations_en.properties");
        Pattern vietnameseLetter = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                Pattern.CASE_INSENSITIVE);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var pages = scanner.findCandidateComponents("vn.hoinghi").stream()
                .filter(page -> !page.getBeanClassName().contains("Test")).toList();
        assertThat(pages).hasSizeGreaterThan(30);
        for (var candidate : pages) {
            Class<?> page = Class.forName(candidate.getBeanClassName());
            assertThat(page.isAnnotationPresent(PageTitle.class)).as(page.getSimpleName() + " has a fixed title").isFalse();
            assertThat(HasDynamicTitle.class).as(page.getSimpleName() + "'s title").isAssignableFrom(page);
            Menu menu = page.getAnnotation(Menu.class);
            if (menu != null) {
                assertThat(en.getProperty(menu.title())).as(page.getSimpleName()).isNotBlank()
                        .doesNotContainPattern(vietnameseLetter);
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
