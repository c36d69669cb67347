package io.github.cbrsync.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks tagged "shipped-jvm" measure the app under the launchers' JVM options: pom.xml's
 * launcher.jvm.options must be exactly the java options jpackage gives the launchers (jlink/app-image.args).
 */
class LauncherOptionsTest {
    @Test
    void theBenchmarksRunUnderTheSameJvmOptionsAsTheInstalledLaunchers() throws Exception {
        List<String> launcher = Files.readAllLines(Path.of("jlink/app-image.args")).stream()
                .map(String::strip).filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip()).toList();
        Matcher property = Pattern.compile("<launcher\\.jvm\\.options>([^<]*)</launcher\\.jvm\\.options>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(property.find()).as("launcher.jvm.options in pom.xml").isTrue();
        List<String> benchmark = Arrays.asList(property.group(1).strip().split("\\s+"));

        assertThat(launcher).as("the launchers' options").isNotEmpty().contains("-XX:TieredStopAtLevel=1");
        assertThat(benchmark).containsExactlyElementsOf(launcher);
    }
}
