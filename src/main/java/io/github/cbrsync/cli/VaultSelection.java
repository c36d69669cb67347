package io.github.cbrsync.cli;

import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Which vaults a sync (or a schedule) is for: exactly one of {@code --all}, {@code --match GLOB…},
 * {@code --vault ID…} or {@code --from-file FILE} (one vault ID or name a line; {@code #} starts a comment).
 * {@code --all} and {@code --match} take the vaults that can be synced and pass over the rest (locked, frozen,
 * in error) with a note; a vault named on purpose that is unknown or cannot be synced is a failure of its own.
 */
final class VaultSelection {
    @Option(names = "--all", required = true, descriptionKey = "cli.option.all")
    boolean all;

    @Option(names = "--match", paramLabel = "GLOB", required = true, descriptionKey = "cli.option.match")
    List<String> globs;

    @Option(names = "--vault", paramLabel = "ID", required = true, split = ",", descriptionKey = "cli.option.vault")
    List<String> vaults;

    @Option(names = "--from-file", paramLabel = "FILE", required = true, descriptionKey = "cli.option.fromFile")
    Path fromFile;

    /**
     * What a selection found among the hybrid vaults: those to sync, the names that matched nothing, the named
     * vaults that cannot be synced, and (for --all and --match) the ones passed over.
     */
    record Chosen(List<Vault> vaults, List<String> unknown, List<Vault> notSyncable, List<Vault> passedOver) {
        boolean explicit() {
            return !unknown.isEmpty() || !notSyncable.isEmpty();
        }
    }

    Chosen choose(List<Vault> hybrid) {
        List<Vault> matched;
        List<String> unknown = new ArrayList<>();
        boolean named = vaults != null || fromFile != null;
        if (all) {
            matched = hybrid;
        } else if (globs != null) {
            matched = VaultFilter.matching(hybrid, globs);
        } else {
            matched = new ArrayList<>();
            for (String wanted : names()) {
                Optional<Vault> found = VaultFilter.byIdOrName(hybrid, wanted);
                found.ifPresentOrElse(v -> {
                    if (!matched.contains(v)) {
                        matched.add(v);
                    }
                }, () -> unknown.add(wanted));
            }
        }
        List<Vault> ok = matched.stream().filter(Vault::isSyncable).toList();
        List<Vault> not = matched.stream().filter(v -> !v.isSyncable()).toList();
        return named ? new Chosen(ok, unknown, not, List.of()) : new Chosen(ok, List.of(), List.of(), not);
    }

    /** The vault IDs and names given with --vault or in the --from-file file, in order, each once. */
    List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        if (vaults != null) {
            vaults.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        if (fromFile != null) {
            try {
                for (String line : Files.readAllLines(fromFile, StandardCharsets.UTF_8)) {
                    String entry = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                    if (!entry.isBlank()) {
                        names.add(entry.strip());
                    }
                }
            } catch (IOException e) {
                throw new CliFailure(ExitCode.USAGE, Messages.format("cli.error.fromFile", fromFile), e.toString());
            }
        }
        return List.copyOf(names);
    }

    /** The same selection as arguments for a scheduled run (a file given by its absolute path). */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        if (all) {
            args.add("--all");
        }
        if (globs != null) {
            globs.forEach(g -> {
                args.add("--match");
                args.add(g);
            });
        }
        if (vaults != null) {
            vaults.forEach(v -> {
                args.add("--vault");
                args.add(v);
            });
        }
        if (fromFile != null) {
            args.add("--from-file");
            args.add(fromFile.toAbsolutePath().toString());
        }
        return args;
    }
}
