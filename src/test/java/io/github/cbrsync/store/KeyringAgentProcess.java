package io.github.cbrsync.store;

import io.github.cbrsync.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The parent's end of a {@link KeyringAgent}: sends one command, returns its one-line answer. */
final class KeyringAgentProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private final Path errors;
    private final String ready;

    /** Starts the agent with the session's environment; the app's files go under {@code appHome}. */
    KeyringAgentProcess(Map<String, String> environment, Path appHome, Path errors) throws IOException {
        this.errors = errors;
        ProcessBuilder pb = ChildJvm.command(KeyringAgent.class, List.of(), appHome.toString())
                .redirectError(errors.toFile());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        pb.environment().putAll(environment);
        process = pb.start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        ready = readAnswer();
    }

    /** The first line: READY, whether secrets persist, and the store's description. */
    String ready() {
        return ready;
    }

    /** Sends a command whose arguments are encoded as the agent expects (kinds go as they are). */
    String send(String command, String... args) throws IOException {
        StringBuilder line = new StringBuilder(command);
        for (String a : args) {
            line.append(' ').append(isKind(a) ? a : KeyringAgent.encode(a));
        }
        commands.println(line);
        return readAnswer();
    }

    private static boolean isKind(String a) {
        for (var k : io.github.cbrsync.domain.SecretKind.values()) {
            if (k.name().equals(a)) {
                return true;
            }
        }
        return false;
    }

    private String readAnswer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the keyring agent stopped; its errors: " + Files.readString(errors));
        }
        return line;
    }

    /** Decodes the Base64 word at {@code index} (0 = the answer's first word). */
    static String word(String answer, int index) {
        return KeyringAgent.decode(answer.split(" ")[index]);
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
