package io.github.cbrsync.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class of the tests in a child JVM on the class path of this test run (every jar surefire gave us,
 * module path included, plus the compiled classes): for what must happen in another process (a kill -9, an
 * environment the surefire JVM does not have).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java -cp <this run's class path> [jvmOptions] mainClass args} as a process builder. */
    public static ProcessBuilder command(Class<?> mainClass, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.addAll(jvmOptions);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Every jar of this test run plus the compiled classes. */
    public static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String key : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(key);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        parts.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        parts.add(Path.of("target", "classes").toAbsolutePath().toString());
        return String.join(File.pathSeparator, parts);
    }
}
