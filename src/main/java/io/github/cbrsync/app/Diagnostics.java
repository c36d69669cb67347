package io.github.cbrsync.app;

import io.github.cbrsync.session.Connection;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.domain.ProductInfo;
import io.github.cbrsync.store.AppPaths;
import java.util.List;

/** The text of Help > Copy diagnostics: what support asks for, and no secret. */
final class Diagnostics {
    private Diagnostics() {
    }

    static String text(Connection connection, AppPaths paths, List<String> recentProblems,
                       java.util.function.UnaryOperator<String> redact) {
        StringBuilder sb = new StringBuilder();
        sb.append(ProductInfo.NAME).append(' ').append(ProductInfo.version()).append('\n');
        sb.append("OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append(")\n");
        sb.append("Java: ").append(System.getProperty("java.vendor")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        sb.append("JavaFX: ").append(System.getProperty("javafx.runtime.version", "?")).append('\n');
        sb.append("Connection: ").append(connection.name()).append(connection.isDemo() ? " (demo simulator)" : "")
                .append('\n');
        sb.append("  region ").append(connection.region()).append(", project ")
                .append(connection.settings().projectId()).append('\n');
        sb.append("  CBR ").append(connection.settings().endpoints().cbr()).append(", IAM ")
                .append(connection.settings().endpoints().iam()).append('\n');
        sb.append("  authentication ").append(describe(connection.settings().credentials())).append('\n');
        sb.append("Folders: config ").append(paths.config()).append(", data ").append(paths.data()).append(", logs ")
                .append(paths.logs()).append('\n');
        sb.append("Recent problems:").append(recentProblems.isEmpty() ? " none\n" : "\n");
        recentProblems.forEach(p -> sb.append("  ").append(p).append('\n'));
        return redact.apply(sb.toString());
    }

    private static String describe(Credentials credentials) {
        if (credentials instanceof Credentials.AkSk ak) {
            String key = ak.accessKey();
            return "AK/SK, access key " + key.substring(0, Math.min(4, key.length())) + "…"
                    + (ak.securityToken().isPresent() ? " with security token" : "");
        }
        return "IAM token";
    }
}
