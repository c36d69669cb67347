package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English and the Simplified Chinese bundle say the same things: the same keys, the same {n} placeholders,
 * valid MessageFormat patterns, every key in use, and apostrophes that show as written.
 */
class BundleParityTest {
    private static final Path I18N = Path.of("src/main/resources/io/github/cbrsync/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern JAVA_GET = Pattern.compile("Messages\\.get\\(\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern JAVA_FORMAT = Pattern.compile("Messages\\.format\\(\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    /** Any string literal that could be a key (helpers take keys as arguments). */
    private static final Pattern ANY_KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** A prefix completed at run time: {@code Messages.get("history.status." + status.name())}, or passed on. */
    private static final Pattern COMPOSED = Pattern.compile("\"([a-z][A-Za-z0-9_]*\\.(?:[A-Za-z0-9_]+\\.)*)\"");
    /** Values that are the same in both languages on purpose (names, pure patterns). */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.title", "app.title.withConnection",
            "vaults.capacity", "vaults.lastSync", "vaults.column.id", "tester.NO_PROJECT.message", "tester.SERVICE",
            "prefs.language.ENGLISH", "prefs.language.CHINESE", "cli.column.id");
    /**
     * Keys picocli reads by its own naming convention (the command line's bundle is this one): a command's
     * description and footer under its qualified name, the headings and exit codes of every help ("usage.*"),
     * and the standard --help and --version options.
     */
    private static final Pattern PICOCLI_CONVENTION =
            Pattern.compile("cbr-sync(\\.[a-z-]+)*\\.usage\\.(description|footer)|usage\\.[A-Za-z.0-9]+|help|version");

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(keys(chinese)).as("keys missing from messages_zh_CN.properties")
                .containsAll(keys(english));
        assertThat(keys(english)).as("keys in messages_zh_CN.properties that English does not have")
                .containsAll(keys(chinese));
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() {
        List<String> differing = new ArrayList<>();
        for (String key : keys(english)) {
            if (chinese.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(chinese.getProperty(key)))) {
                differing.add(key + ": " + english.getProperty(key) + " | " + chinese.getProperty(key));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (Properties bundle : List.of(english, chinese)) {
            for (String key : keys(bundle)) {
                String value = bundle.getProperty(key);
                // ${DEFAULT-VALUE} and the like: an option's description, which picocli fills in, not MessageFormat.
                if (value.contains("{") && !value.contains("${")) {
                    new MessageFormat(value, Locale.ROOT);
                }
            }
        }
    }

    @Test
    void chineseIsTranslatedNotCopied() {
        List<String> copied = keys(english).stream()
                .filter(k -> !SAME_IN_BOTH.contains(k) && english.getProperty(k).equals(chinese.getProperty(k)))
                .toList();
        assertThat(copied).as("Chinese values identical to the English ones").isEmpty();
    }

    @Test
    void apostrophesShowAsWritten() throws IOException {
        Set<String> readPlain = used(JAVA_GET, FXML_KEY);
        Set<String> readAsPattern = used(JAVA_FORMAT);
        List<String> wrong = new ArrayList<>();
        for (Properties bundle : List.of(english, chinese)) {
            for (String key : readPlain) {
                if (bundle.getProperty(key, "").contains("''")) {
                    wrong.add(key + " is read as plain text but doubles its apostrophe");
                }
            }
            for (String key : readAsPattern) {
                if (bundle.getProperty(key, "").matches(".*(?<!')'(?!').*")) {
                    wrong.add(key + " is a MessageFormat pattern with a single apostrophe (it would swallow text)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> literal = used(ANY_KEY_LITERAL, FXML_KEY);
        Set<String> prefixes = used(COMPOSED);
        List<String> unused = keys(english).stream()
                .filter(k -> !literal.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .filter(k -> !PICOCLI_CONVENTION.matcher(k).matches()).toList();
        assertThat(unused).as("keys nothing reads").isEmpty();
    }

    @Test
    void theChineseBundleIsWhatAChineseSystemGets() {
        ResourceBundle zh = Messages.bundleFor(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("vaults.column.name")).isEqualTo("名称");
        assertThat(new MessageFormat(zh.getString("status.counts"), Locale.SIMPLIFIED_CHINESE).format(new Object[] {
                24, 3})).isEqualTo("24 个存储库 · 3 个同步进行中");
        assertThat(Messages.bundleFor(Locale.US).getString("vaults.column.name")).isEqualTo("Name");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static Set<String> used(Pattern... patterns) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))
                        .toList()) {
                    String text = Files.readString(f);
                    for (Pattern pattern : patterns) {
                        Matcher m = pattern.matcher(text);
                        while (m.find()) {
                            found.add(m.group(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
