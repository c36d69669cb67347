package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ProxyMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * profiles.json: the saved connections, without secrets, owner-only. A damaged file is kept aside and the
 * user told; the app then starts with no saved profiles rather than not at all.
 */
public final class ProfileStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    /** The profiles, and a message when the file could not be read. */
    public record Loaded(List<ConnectionProfile> profiles, Optional<String> notice) {
    }

    public ProfileStore(Path file) {
        this.file = file;
    }

    public Loaded load() {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            List<ConnectionProfile> profiles = new ArrayList<>();
            for (JsonNode p : root.path("profiles")) {
                profiles.add(read(p));
            }
            return new Loaded(profiles, Optional.empty());
        } catch (NoSuchFileException none) {
            return new Loaded(List.of(), Optional.empty());
        } catch (IOException | RuntimeException damaged) {
            String notice;
            try {
                notice = Messages.format("profiles.unreadableKept", AtomicFiles.keepAside(file).getFileName());
            } catch (IOException copyFailed) {
                notice = Messages.get("profiles.unreadable");
            }
            return new Loaded(List.of(), Optional.of(notice));
        }
    }

    public void save(List<ConnectionProfile> profiles) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode array = root.putArray("profiles");
        profiles.forEach(p -> write(p, array.addObject()));
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static void write(ConnectionProfile p, ObjectNode o) {
        o.put("id", p.id().value());
        o.put("name", p.name());
        o.put("region", p.region());
        o.put("projectId", p.projectId());
        o.put("auth", p.auth().name());
        o.put("accessKey", p.accessKey());
        o.put("iamUser", p.iamUser());
        o.put("iamAccount", p.iamAccount());
        p.cbrEndpoint().ifPresent(v -> o.put("cbrEndpoint", v));
        p.iamEndpoint().ifPresent(v -> o.put("iamEndpoint", v));
        o.put("connectTimeoutSeconds", p.connectTimeoutSeconds());
        o.put("readTimeoutSeconds", p.readTimeoutSeconds());
        o.put("proxyMode", p.proxyMode().name());
        o.put("proxyHost", p.proxyHost());
        o.put("proxyPort", p.proxyPort());
        o.put("proxyUser", p.proxyUser());
        p.extraCaFile().ifPresent(v -> o.put("extraCaFile", v));
        o.put("source", p.source().name());
    }

    private static ConnectionProfile read(JsonNode o) {
        String name = o.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a profile has no name");
        }
        // Profiles saved before connections had IDs take the ID of their name: the journal file name they had.
        ConnectionId id = o.hasNonNull("id") ? new ConnectionId(o.get("id").asText()) : ConnectionId.fromName(name);
        return new ConnectionProfile(id, name, o.path("region").asText(""), o.path("projectId").asText(""),
                AuthMethod.valueOf(o.path("auth").asText("AK_SK")), o.path("accessKey").asText(""),
                o.path("iamUser").asText(""), o.path("iamAccount").asText(""), text(o, "cbrEndpoint"),
                text(o, "iamEndpoint"), o.path("connectTimeoutSeconds").asInt(10), o.path("readTimeoutSeconds").asInt(30),
                ProxyMode.valueOf(o.path("proxyMode").asText("SYSTEM")), o.path("proxyHost").asText(""),
                o.path("proxyPort").asInt(0), o.path("proxyUser").asText(""), text(o, "extraCaFile"),
                CredentialSource.valueOf(o.path("source").asText("TYPED")));
    }

    private static Optional<String> text(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
    }
}
