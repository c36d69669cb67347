package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionId;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Journals are named by connection ID. Before IDs, the built-in connections' journals were named after their
 * English labels; on the first start with IDs they are renamed (saved connections' IDs come from their names,
 * so their journals keep their file names). A journal is never overwritten: if both exist, both stay.
 */
public final class LegacyJournals {
    private static final System.Logger LOG = System.getLogger(LegacyJournals.class.getName());
    static final Map<String, ConnectionId> BUILT_IN = Map.of(
            "demo-simulator", ConnectionId.DEMO,
            "environment-variables", ConnectionId.ENVIRONMENT,
            "sdk-credentials-file", ConnectionId.SDK_FILE);

    private LegacyJournals() {
    }

    public static void migrate(Path historyFolder) {
        BUILT_IN.forEach((oldName, id) -> {
            Path from = historyFolder.resolve(oldName + ".jsonl");
            Path to = historyFolder.resolve(id.value() + ".jsonl");
            try {
                if (Files.exists(from) && !Files.exists(to)) {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                    LOG.log(Level.INFO, "history journal {0} renamed to {1}", from.getFileName(), to.getFileName());
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not rename the history journal {0}: {1}", from, e.toString());
            }
        });
    }
}
