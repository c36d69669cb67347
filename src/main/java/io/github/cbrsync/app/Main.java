package io.github.cbrsync.app;

import io.github.cbrsync.sim.SimulatorMain;
import io.github.cbrsync.store.LanguageSetting;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point. {@code --simulator} runs only the embedded CBR simulator (no window), for manual testing;
 * {@code --tls-check URL [--ca FILE]} tests one HTTPS handshake with this runtime (the packaged smoke test);
 * otherwise the desktop app opens, with the options of {@link LaunchOptions}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--simulator")) {
            SimulatorMain.main(args);
            return;
        }
        if (Arrays.asList(args).contains("--tls-check")) {
            System.exit(tlsCheck(Arrays.asList(args)));
        }
        try {
            LaunchOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException badOption) {
            System.err.println(badOption.getMessage());
            System.exit(2);
        }
        // The language chosen in Preferences, before the first text is loaded (the bundle is chosen once per run).
        java.util.Locale.setDefault(LanguageSetting.chosen().locale(java.util.Locale.getDefault()));
        // Like the packaged launcher: the operating system's proxy settings, unless told otherwise. Must be set
        // before the JDK's default proxy selector is first used.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        Warmup.startInBackground();
        Application.launch(CbrSyncDeskApp.class, args);
    }

    /** {@code --tls-check URL [--ca FILE]}: one HTTPS handshake with this runtime; exit 0 when it works. */
    private static int tlsCheck(java.util.List<String> args) {
        int at = args.indexOf("--tls-check");
        int ca = args.indexOf("--ca");
        if (at + 1 >= args.size()) {
            System.err.println("--tls-check needs a URL");
            return 2;
        }
        try {
            String result = io.github.cbrsync.api.http.TlsProbe.handshake(java.net.URI.create(args.get(at + 1)),
                    ca >= 0 && ca + 1 < args.size() ? java.util.Optional.of(java.nio.file.Path.of(args.get(ca + 1)))
                            : java.util.Optional.empty());
            System.out.println("TLS OK: " + result + " with Java " + System.getProperty("java.version"));
            return 0;
        } catch (Exception e) {
            System.out.println("TLS FAILED: " + e);
            return 1;
        }
    }
}
