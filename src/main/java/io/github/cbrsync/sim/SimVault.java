package io.github.cbrsync.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A vault held by the simulator, rendered in the wire format of ListVault (units as on the wire). */
record SimVault(String id, String name, String description, String cloudType, String protectType,
                String status, long sizeGb, long usedMb, List<SimResource> resources, LocalDateTime createdAt,
                String projectId) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    record SimResource(String id, String name, long sizeGb, int backupCount) {
    }

    boolean isHybrid() {
        return "hybrid".equals(cloudType);
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode v = f.objectNode();
        v.put("id", id);
        v.put("name", name);
        v.put("description", description);
        v.put("project_id", projectId);
        v.put("provider_id", "0daac4c5-6707-4851-97ba-169e36266b66");
        v.put("user_id", "38d65be2ecd840d19046e239e841a7c1");
        v.put("enterprise_project_id", "0");
        v.put("created_at", CREATED.format(createdAt));
        v.put("auto_bind", false);
        v.put("auto_expand", false);
        v.put("smn_notify", true);
        v.put("threshold", 80);
        v.put("locked", "lock".equals(status));
        v.putArray("tags").addObject().put("key", "owner").put("value", "backup-team");
        ObjectNode billing = v.putObject("billing");
        billing.put("allocated", 0);
        billing.put("charging_mode", "post_paid");
        billing.put("cloud_type", cloudType);
        billing.put("consistent_level", "crash_consistent");
        billing.put("object_type", "server");
        billing.put("protect_type", protectType);
        billing.put("size", sizeGb);
        billing.put("spec_code", isHybrid() ? "vault.hybrid.server.normal" : "vault.backup.server.normal");
        billing.put("status", status);
        billing.put("storage_unit", "");
        billing.put("used", usedMb);
        billing.put("frozen_scene", "frozen".equals(status) ? "Arrears" : "");
        ArrayNode res = v.putArray("resources");
        for (SimResource r : resources) {
            ObjectNode o = res.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.put("size", r.sizeGb());
            o.put("type", isHybrid() ? "OS::Native::Server" : "OS::Nova::Server");
            o.put("protect_status", "available");
            o.put("backup_size", r.sizeGb() * 1024 / 3);
            o.put("backup_count", r.backupCount());
        }
        return v;
    }
}
