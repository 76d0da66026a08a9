package dev.reload.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages with arguments go through {@link java.text.MessageFormat}, where a single apostrophe
 * starts a quote: "Today's light: {0}" shows "Todays light: {0}". Such a message must double its
 * apostrophes ("Today''s light: {0}"); messages without arguments are shown as written.
 */
class MessageApostropheTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void everyMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:i18n/*.properties")));
        files.add(resolver.getResource("classpath:messages.properties"));
        assertThat(files).hasSizeGreaterThan(5);
        List<String> single = new ArrayList<>();
        for (Resource file : files) {
            Properties messages = new Properties();
            try (InputStream in = file.getInputStream()) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.forEach((key, value) -> {
                String text = (String) value;
                if (ARGUMENT.matcher(text).find() && text.replace("''", "").contains("'")) {
                    single.add(file.getFilename() + ": " + key + "=" + text);
                }
            });
        }
        assertThat(single).as("messages with arguments and a single apostrophe").isEmpty();
    }
}
