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
        List<String> launcher = launcherOptions();
        Matcher property = Pattern.compile("<launcher\\.jvm\\.options>([^<]*)</launcher\\.jvm\\.options>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(property.find()).as("launcher.jvm.options in pom.xml").isTrue();
        List<String> benchmark = Arrays.asList(property.group(1).strip().split("\\s+"));

        assertThat(launcher).as("the launchers' options").isNotEmpty().contains("-XX:TieredStopAtLevel=1");
        assertThat(benchmark).containsExactlyElementsOf(launcher);
    }

    /**
     * G1 starts a concurrent cycle once the old generation fills this share of the committed heap, and a full
     * collection or a Remark pause resizes the heap to leave between MinHeapFreeRatio and MaxHeapFreeRatio of it
     * free. Were the start below what such a resize leaves, the heap compacted after the restore would start one
     * cycle after another, each Remark shrinking the heap again: a bulk sync then ran them beside the window.
     */
    @Test
    void aCompactedHeapDoesNotStartAConcurrentCycleAtOnce() throws Exception {
        List<String> launcher = launcherOptions();
        int start = intOption(launcher, "-XX:InitiatingHeapOccupancyPercent=");
        int minFree = intOption(launcher, "-XX:MinHeapFreeRatio=");
        int maxFree = intOption(launcher, "-XX:MaxHeapFreeRatio=");

        assertThat(launcher).as("a fixed start, not one G1 adapts").contains("-XX:-G1UseAdaptiveIHOP")
                .doesNotContain("-XX:+G1UseAdaptiveIHOP");
        assertThat(start).as("the cycle's start, against the fullest a resize leaves the heap (%d %% free)", minFree)
                .isGreaterThanOrEqualTo(100 - minFree)
                .isGreaterThan(100 - maxFree)
                .as("a start that still leaves room to mark in").isLessThan(100);
    }

    private static List<String> launcherOptions() throws Exception {
        return Files.readAllLines(Path.of("jlink/app-image.args")).stream()
                .map(String::strip).filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip()).toList();
    }

    private static int intOption(List<String> options, String prefix) {
        List<String> values = options.stream().filter(o -> o.startsWith(prefix)).toList();
        assertThat(values).as(prefix).hasSize(1);
        return Integer.parseInt(values.get(0).substring(prefix.length()));
    }
}
