package vn.hoinghi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
    void vietnameseTextIsInComposedForm() throws Exception {
        Properties vi = load("translations_vi.properties");
        vi.values().forEach(v -> assertThat(java.text.Normalizer.isNormalized((String) v, java.text.Normalizer.Form.NFC))
                .as(v.toString()).isTrue());
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
