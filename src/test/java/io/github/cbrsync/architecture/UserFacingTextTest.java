package io.github.cbrsync.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a user can see comes from the bundle (so it can be translated): a string literal that reads like
 * a sentence in the window, the services, the sessions or the command line fails this test. What is allowed: log
 * lines, bundle keys, names of background tasks (for the log), programming errors (IllegalState/IllegalArgument
 * with a literal), the entry points' machine-read lines and the support diagnostics (English on purpose), and a
 * line marked {@code (matched, not shown)} where a server's own words (or installed font names) are looked for,
 * {@code (logged, not shown)} for a message that only reaches the log, {@code (a folder name, not shown)}.
 */
class UserFacingTextTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/cbrsync");
    private static final List<String> PACKAGES = List.of("ui", "service", "app", "session", "cli", "store");
    /** Entry points whose output is read by scripts and CI, and support text that stays in English. */
    private static final Set<String> EXEMPT_FILES = Set.of("Main.java", "SmokeRun.java", "SmokeCheck.java",
            "Diagnostics.java");
    private static final List<String> ALLOWED_ON_LINE = List.of("LOG.", "Level.", "Messages.", ", not shown)",
            "IllegalStateException(", "IllegalArgumentException(\"", "-fx-", ".run(\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void noSentenceShownToUsersIsWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = SOURCES.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (!EXEMPT_FILES.contains(file.getFileName().toString())) {
                        found.addAll(sentencesIn(file));
                    }
                }
            }
        }
        assertThat(found).as("sentences to move to i18n/messages.properties").isEmpty();
    }

    private static List<String> sentencesIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            boolean comment = trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//");
            // A statement continued from the line before keeps that line's allowance (a wrapped log call).
            String context = previous.strip().endsWith(";") || previous.strip().endsWith("{") ? line
                    : previous + line;
            if (!comment && ALLOWED_ON_LINE.stream().noneMatch(context::contains)) {
                Matcher m = LITERAL.matcher(line);
                while (m.find()) {
                    if (readsLikeASentence(m.group(1))) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
            if (!comment) {
                previous = line;
            }
        }
        return found;
    }

    private static boolean readsLikeASentence(String literal) {
        return literal.contains(" ") && WORD.matcher(literal).results().count() >= 3
                && !literal.matches(".*[yMdHms]{2}[-: .][yMdHms]{2}.*");
    }
}
