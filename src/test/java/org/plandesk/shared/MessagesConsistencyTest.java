package org.plandesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key exists in both languages with the same placeholders, and every key the code names literally is
 * in the bundle (JabRef's LocalizationConsistencyTest idea).
 */
class MessagesConsistencyTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/org/plandesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void everyMessageWithPlaceholdersFormatsThemAndKeepsItsApostrophes() throws IOException {
        // MessageFormat takes a single ' as the start of quoted text: "last year's ({2})" would print "{2}" as is
        for (String lang : new String[] {"zh", "en"}) {
            Messages m = Messages.forLanguage(lang);
            Properties p = bundle(lang.equals("zh") ? "messages.properties" : "messages_en.properties");
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (placeholders(pattern).isEmpty()) {
                    continue;
                }
                Object[] args = {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"};
                String out = m.get(key, args);
                assertThat(out).as(lang + " " + key).doesNotContainPattern("\\{\\d");
                assertThat(out.chars().filter(c -> c == '\'').count())
                        .as(lang + " " + key)
                        .isEqualTo(pattern.replace("''", "'")
                                .chars()
                                .filter(c -> c == '\'')
                                .count());
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties zh = bundle("messages.properties");
        Pattern call = Pattern.compile("(?:messages|m|messages\\(\\))\\.(?:get|format)\\(\"([a-zA-Z0-9_.]+)\"");
        Pattern problem = Pattern.compile("Problem\\.of\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[] {call, problem}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        String key = m.group(1);
                        // "direction." + name: a prefix completed at run time; some key must start with it
                        boolean known = key.endsWith(".")
                                ? zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : zh.containsKey(key);
                        if (!known) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
