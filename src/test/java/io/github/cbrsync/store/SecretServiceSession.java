package io.github.cbrsync.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Secret Service for the tests: a private D-Bus session bus and gnome-keyring-daemon on it, its login
 * keyring created and unlocked with a test password, everything (keyring files included) under one temporary
 * folder. The bus has no service directories, so a stopped keyring stays stopped instead of being started
 * again, locked, by D-Bus activation. Processes started here are ended by {@link #close()}.
 */
final class SecretServiceSession implements AutoCloseable {
    static final String PASSWORD = "test-keyring-password";
    private static final String SECRETS = "org.freedesktop.secrets";
    private static final String LOGIN = "/org/freedesktop/secrets/collection/login";

    private final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private Process keyring;

    /** Why the session could not start, for the skip message; thrown only where the daemon cannot run. */
    static final class Unavailable extends Exception {
        Unavailable(String why) {
            super(why);
        }
    }

    private SecretServiceSession(Path root) {
        this.root = root;
    }

    /** Starts the bus and the unlocked keyring under {@code root}, or says why that is impossible here. */
    static SecretServiceSession start(Path root) throws Unavailable, IOException, InterruptedException {
        SecretServiceSession s = new SecretServiceSession(root);
        try {
            s.startBus();
            s.startKeyring();
            return s;
        } catch (Unavailable | IOException | InterruptedException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Only the bus, with no Secret Service on it: a desktop session without a keyring. */
    static SecretServiceSession startBusOnly(Path root) throws Unavailable, IOException, InterruptedException {
        SecretServiceSession s = new SecretServiceSession(root);
        try {
            s.startBus();
            return s;
        } catch (Unavailable | IOException | InterruptedException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The variables a process needs to use this session's keyring (and nothing of the real desktop). */
    Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    Path root() {
        return root;
    }

    /** Locks the login keyring, as the user's "Lock" or a screen lock would. */
    void lockKeyring() throws IOException, InterruptedException {
        String out = dbusSend(SECRETS, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.Lock",
                "array:objpath:" + LOGIN);
        if (!out.contains(LOGIN)) {
            throw new IllegalStateException("the keyring was not locked: " + out);
        }
    }

    /** Stops the keyring daemon (the bus stays): the keyring is gone mid-session. */
    void stopKeyring() throws InterruptedException {
        keyring.destroy();
        keyring.waitFor(30, TimeUnit.SECONDS);
    }

    private void startBus() throws Unavailable, IOException, InterruptedException {
        Path run = Files.createDirectories(root.resolve("run"));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path config = root.resolve("session-bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(run.resolve("bus")));
        environment.put("HOME", home.toString());
        environment.put("XDG_RUNTIME_DIR", run.toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        Process bus = launch(List.of("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1"),
                "dbus-daemon (Debian package dbus)", root.resolve("dbus-daemon.err"));
        String address = firstLine(bus.getInputStream());
        if (address == null || address.isBlank()) {
            throw new Unavailable("dbus-daemon printed no bus address: " + tail(root.resolve("dbus-daemon.err")));
        }
        environment.put("DBUS_SESSION_BUS_ADDRESS", address.strip());
    }

    private void startKeyring() throws Unavailable, IOException, InterruptedException {
        keyring = launch(List.of("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"),
                "gnome-keyring-daemon (Debian package gnome-keyring)", root.resolve("gnome-keyring.err"));
        try (OutputStream password = keyring.getOutputStream()) {
            password.write(PASSWORD.getBytes(StandardCharsets.UTF_8));
        }
        // Ready means: the daemon owns its bus name and its login keyring exists unlocked.
        for (int i = 0; i < 200; i++) {
            if (!keyring.isAlive()) {
                throw new Unavailable("gnome-keyring-daemon stopped at start: " + tail(root.resolve("gnome-keyring.err")));
            }
            String locked = dbusSend(SECRETS, LOGIN, "org.freedesktop.DBus.Properties.Get",
                    "string:org.freedesktop.Secret.Collection", "string:Locked");
            if (locked.contains("boolean false")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new Unavailable("gnome-keyring-daemon did not unlock its login keyring within 10 s: "
                + tail(root.resolve("gnome-keyring.err")));
    }

    private Process launch(List<String> command, String what, Path errors) throws Unavailable, IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(environment);
        try {
            Process p = pb.start();
            processes.add(p);
            return p;
        } catch (IOException notInstalled) {
            throw new Unavailable(what + " cannot be started here: " + notInstalled.getMessage());
        }
    }

    /** One D-Bus method call with dbus-send; returns what it printed (the reply or the error). */
    String dbusSend(String destination, String object, String method, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dbus-send", "--session", "--print-reply",
                "--dest=" + destination, object, method));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** Reads one line, giving up after 10 s (a bus that never prints its address must not hang the build). */
    private static String firstLine(InputStream in) throws InterruptedException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            StringBuilder sb = new StringBuilder();
            try {
                for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                    sb.append((char) c);
                }
            } catch (IOException e) {
                return null;
            }
            return sb.toString();
        });
        try {
            return line.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 500 ? text.substring(text.length() - 500) : text;
        } catch (IOException e) {
            return "(no output)";
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
