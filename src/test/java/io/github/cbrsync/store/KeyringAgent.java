package io.github.cbrsync.store;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.app.AppLogging;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.app.ConnectionCatalog;
import io.github.cbrsync.app.LaunchOptions;
import io.github.cbrsync.app.MissingSecretException;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.SecretKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs in a child JVM whose environment holds the test's private session bus (the surefire JVM has none). It
 * probes the keyring exactly as the app does at start, then does what the parent asks, one command per line
 * on stdin, one answer per line on stdout. Strings travel in Base64 so spaces and non-ASCII survive.
 * The app's stores write under the folder given as the first argument, its log there too.
 *
 * <pre>
 * put P KIND V | get P KIND | delete P KIND | describe
 * save NAME AK SK | rename OLD NEW | remove NAME | open NAME | provide NAME KIND V
 * </pre>
 * Answers: READY/DESC persistent description, OK, VALUE v, EMPTY, OPENED sha256(secret key),
 * ASKS KIND description, ERR class message.
 */
public final class KeyringAgent {
    private KeyringAgent() {
    }

    public static void main(String[] args) throws Exception {
        AppPaths paths = AppPaths.under(Path.of(args[0]));
        AppLogging logging = AppLogging.install(paths.logs());
        SecretStore store = KeyringSecretStore.probe();
        ConnectionCatalog catalog = new ConnectionCatalog(new ProfileStore(paths.config().resolve("profiles.json")),
                store, Map.of(), Path.of(args[0]), Optional.empty());
        answer("READY " + store.persistent() + " " + encode(store.description()));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] w = line.split(" ");
            try {
                answer(run(w, store, catalog, logging, paths));
            } catch (Exception e) {
                answer("ERR " + e.getClass().getName() + " " + encode(String.valueOf(e.getMessage())));
            }
        }
        // The D-Bus library keeps non-daemon threads: end when the parent closes stdin, as an app exit would.
        System.exit(0);
    }

    private static String run(String[] w, SecretStore store, ConnectionCatalog catalog, AppLogging logging,
                              AppPaths paths) throws Exception {
        switch (w[0]) {
            case "put" -> store.put(decode(w[1]), SecretKind.valueOf(w[2]), decode(w[3]));
            case "get" -> {
                return store.get(decode(w[1]), SecretKind.valueOf(w[2])).map(v -> "VALUE " + encode(v))
                        .orElse("EMPTY");
            }
            case "delete" -> store.delete(decode(w[1]), SecretKind.valueOf(w[2]));
            case "describe" -> {
                return "DESC " + store.persistent() + " " + encode(store.description());
            }
            case "save" -> catalog.save(ConnectionProfile.akSk(decode(w[1]), "cn-north-4",
                    "0123456789abcdef0123456789abcdef", decode(w[2]), CredentialSource.TYPED), true,
                    Map.of(SecretKind.SECRET_KEY, decode(w[3])));
            case "rename" -> catalog.save(catalog.profile(id(catalog, decode(w[1]))).orElseThrow()
                    .withName(decode(w[2])), false, Map.of());
            case "remove" -> catalog.delete(id(catalog, decode(w[1])));
            case "provide" -> catalog.provideSecret(id(catalog, decode(w[1])), SecretKind.valueOf(w[2]),
                    decode(w[3]));
            case "open" -> {
                return open(decode(w[1]), store, catalog, logging, paths);
            }
            default -> throw new IllegalArgumentException("unknown command " + w[0]);
        }
        return "OK";
    }

    /** As the window does: open, tell the log redactor the secrets, log the connection, write a history row. */
    private static String open(String name, SecretStore store, ConnectionCatalog catalog, AppLogging logging,
                               AppPaths paths) throws Exception {
        Connection c;
        try {
            c = catalog.open(id(catalog, name), RatePlan.startingAt(5), LaunchOptions.parse(List.of()));
        } catch (MissingSecretException missing) {
            return "ASKS " + missing.kind() + " " + encode(store.description());
        }
        Credentials.AkSk ak = (Credentials.AkSk) c.settings().credentials();
        logging.addSecrets(List.of(ak.secretKey()));
        System.getLogger(KeyringAgent.class.getName()).log(System.Logger.Level.WARNING,
                "opened {0} with {1} (secret key {2})", name, c.settings(), ak.secretKey());
        try (HistoryJournal journal = new HistoryJournal(paths.historyFolder().resolve("agent.jsonl"))) {
            journal.load();
            journal.append(HistoryEntry.requested("row-" + name.hashCode(), "vault-1", name, false, Instant.now()));
        }
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(ak.secretKey().getBytes(StandardCharsets.UTF_8));
        return "OPENED " + HexFormat.of().formatHex(hash);
    }

    /** The connection the test calls by its name. */
    private static ConnectionId id(ConnectionCatalog catalog, String name) {
        return catalog.resolve(name).orElseThrow(() -> new IllegalArgumentException("no connection " + name));
    }

    private static void answer(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
