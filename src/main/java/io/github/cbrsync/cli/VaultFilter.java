package io.github.cbrsync.cli;

import io.github.cbrsync.domain.Vault;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code vaults}' optional narrowing: {@code --match GLOB…} on names, or {@code --vault ID…} by ID or name. */
final class VaultFilter {
    @Option(names = "--match", paramLabel = "GLOB", required = true, descriptionKey = "cli.option.match")
    List<String> globs;

    @Option(names = "--vault", paramLabel = "ID", required = true, split = ",", descriptionKey = "cli.option.vault")
    List<String> vaults;

    List<Vault> apply(List<Vault> all) {
        if (globs != null) {
            return matching(all, globs);
        }
        return all.stream().filter(v -> vaults.stream().anyMatch(w -> byIdOrName(List.of(v), w).isPresent()))
                .toList();
    }

    static List<Vault> matching(List<Vault> vaults, List<String> globs) {
        List<Glob> patterns = globs.stream().map(Glob::new).toList();
        return vaults.stream().filter(v -> patterns.stream().anyMatch(p -> p.matches(v.name()) || p.matches(v.id())))
                .toList();
    }

    /** A vault by its ID, else by its name (names are not unique in CBR: the first one listed). */
    static Optional<Vault> byIdOrName(List<Vault> vaults, String wanted) {
        String w = wanted.strip();
        return vaults.stream().filter(v -> v.id().equalsIgnoreCase(w)).findFirst()
                .or(() -> vaults.stream().filter(v -> v.name().equalsIgnoreCase(w)).findFirst());
    }
}
