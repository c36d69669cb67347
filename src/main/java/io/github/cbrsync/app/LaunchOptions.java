package io.github.cbrsync.app;

import io.github.cbrsync.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options that select or override the connection for one run:
 * {@code --profile NAME --region ID --project-id ID --endpoint URL}, and {@code --smoke} for the packaged
 * smoke test.
 */
public record LaunchOptions(Optional<String> profile, Optional<String> region, Optional<String> projectId,
                            Optional<String> endpoint, boolean smoke) {

    /** The same run, without the options that applied only to the connection opened first. */
    public LaunchOptions withoutConnectionOverrides() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), smoke);
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<String> profile = Optional.empty();
        Optional<String> region = Optional.empty();
        Optional<String> project = Optional.empty();
        Optional<String> endpoint = Optional.empty();
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            String value = inline ? arg.substring(arg.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(i + 1) : null);
            switch (name) {
                case "--profile" -> profile = Optional.ofNullable(value);
                case "--region" -> region = Optional.ofNullable(value);
                case "--project-id" -> project = Optional.ofNullable(value);
                case "--endpoint" -> endpoint = Optional.ofNullable(value);
                case "--smoke" -> {
                    smoke = true;
                    continue;
                }
                default -> throw new IllegalArgumentException(Messages.format("options.unknown", arg));
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(Messages.format("options.needsValue", name));
            }
            if (!inline) {
                i++;
            }
        }
        return new LaunchOptions(profile.map(String::strip), region.map(String::strip), project.map(String::strip),
                endpoint.map(String::strip), smoke);
    }
}
