package io.github.cbrsync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one setting needed before anything else: the language, read at start before the first text is loaded
 * (the bundle is chosen once per run). The rest of settings.json is read later, with its damage handling; here a
 * missing or unreadable file simply means "follow the system".
 */
public final class LanguageSetting {
    private LanguageSetting() {
    }

    /** The language chosen in Preferences, from the settings file of this machine's folders. */
    public static UiChoices.Language chosen() {
        return readFrom(AppPaths.locate().config().resolve(SettingsStore.FILE_NAME));
    }

    static UiChoices.Language readFrom(Path settingsFile) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(settingsFile));
            return root == null || !root.isObject() ? UiChoices.Language.SYSTEM : SettingsCodec.language(root);
        } catch (IOException | RuntimeException missingOrDamaged) {
            return UiChoices.Language.SYSTEM;
        }
    }
}
