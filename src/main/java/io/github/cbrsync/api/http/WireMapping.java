package io.github.cbrsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.ProtectedResource;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncReceipt;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.domain.VaultUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON on the wire to domain records and back. Reads through the tree model: unknown fields are ignored,
 * numbers sent as strings are accepted, missing optional fields become defaults. A missing mandatory field
 * is a PROTOCOL error, not a NullPointerException.
 */
final class WireMapping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireMapping() {
    }

    static byte[] syncRequestBody(String vaultId, boolean autoTrigger) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sync = root.putObject("sync");
        sync.put("vault_id", vaultId);
        sync.put("auto_trigger", autoTrigger);
        return write(root);
    }

    static byte[] passwordTokenBody(String user, String password, String domain, String projectName) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode u = identity.putObject("password").putObject("user");
        u.put("name", user);
        u.put("password", password);
        u.putObject("domain").put("name", domain);
        auth.putObject("scope").putObject("project").put("name", projectName);
        return write(root);
    }

    static JsonNode read(BodyChunks body, String what) {
        try {
            JsonNode node = JSON.readTree(body.stream());
            if (node == null || !node.isObject()) {
                throw protocol(what + ": the answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new CbrApiException(Kind.PROTOCOL, what + ": the answer is not valid JSON", e);
        }
    }

    static SyncReceipt syncReceipt(JsonNode root) {
        JsonNode sync = root.path("sync");
        String id = requiredText(sync, "operation_log_id", "sync answer");
        return new SyncReceipt(id, sync.path("vault_id").asText(""));
    }

    static Vault vault(JsonNode v) {
        JsonNode billing = v.path("billing");
        List<ProtectedResource> resources = new ArrayList<>();
        for (JsonNode r : v.path("resources")) {
            resources.add(new ProtectedResource(r.path("id").asText(""), r.path("name").asText(""),
                    r.path("type").asText(""), r.path("size").asLong(0), r.path("protect_status").asText("")));
        }
        return new Vault(
                requiredText(v, "id", "vault"),
                v.path("name").asText(""),
                v.path("description").asText(""),
                billing.path("status").asText(""),
                billing.path("cloud_type").asText(""),
                billing.path("protect_type").asText(""),
                billing.path("object_type").asText(""),
                billing.path("spec_code").asText(""),
                VaultUsage.fromWire(billing.path("size").asLong(0), billing.path("used").asLong(0)),
                resources,
                Timestamps.parse(v.path("created_at").asText(null)));
    }

    static SyncTask task(JsonNode t) {
        JsonNode extra = t.path("extra_info");
        JsonNode counters = extra.path("sync");
        JsonNode error = t.path("error_info");
        Optional<TaskError> taskError = Optional.empty();
        String code = error.path("code").asText("");
        String message = error.path("message").asText("");
        if (!code.isBlank() || !message.isBlank()) {
            taskError = Optional.of(new TaskError(code, message));
        }
        int progress = Math.max(0, Math.min(100, extra.path("common").path("progress").asInt(0)));
        return new SyncTask(
                requiredText(t, "id", "task"),
                t.path("vault_id").asText(""),
                t.path("vault_name").asText(""),
                t.path("operation_type").asText(""),
                TaskStatus.fromWire(t.path("status").asText(null)),
                progress,
                new SyncCounters(counters.path("sync_backup_num").asInt(0),
                        counters.path("delete_backup_num").asInt(0),
                        counters.path("err_sync_backup_num").asInt(0)),
                taskError,
                Timestamps.parse(t.path("created_at").asText(null)),
                Timestamps.parse(t.path("started_at").asText(null)),
                Timestamps.parse(t.path("ended_at").asText(null)),
                Timestamps.parse(t.path("updated_at").asText(null)));
    }

    static Project project(JsonNode p) {
        return new Project(requiredText(p, "id", "project"), p.path("name").asText(""));
    }

    private static String requiredText(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw protocol("The " + what + " in the answer has no " + field);
        }
        return v.asText();
    }

    private static CbrApiException protocol(String message) {
        return new CbrApiException(Kind.PROTOCOL, message, null);
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize a JSON tree", e);
        }
    }
}
