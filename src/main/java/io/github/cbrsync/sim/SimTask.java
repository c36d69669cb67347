package io.github.cbrsync.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A sync task whose state is a function of time: waiting until {@code startsAt}, running with rising
 * progress until {@code endsAt}, then its outcome. Computing it on read needs no background thread.
 */
record SimTask(String id, String projectId, String vaultId, String vaultName, boolean autoTrigger,
               Instant createdAt, Instant startsAt, Instant endsAt, boolean fails, int synced, int deleted,
               int failedCount, String requestId) {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    String statusAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return "waiting";
        }
        if (now.isBefore(endsAt)) {
            return "running";
        }
        return fails ? "failed" : "success";
    }

    int progressAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return 0;
        }
        if (!now.isBefore(endsAt)) {
            return fails ? progressWhenFailed() : 100;
        }
        long total = Duration.between(startsAt, endsAt).toMillis();
        long done = Duration.between(startsAt, now).toMillis();
        return (int) Math.max(1, Math.min(99, total == 0 ? 99 : done * 100 / total));
    }

    private int progressWhenFailed() {
        return 100 * synced / Math.max(1, synced + failedCount);
    }

    ObjectNode toJson(Instant now) {
        String status = statusAt(now);
        boolean ended = !now.isBefore(endsAt);
        boolean started = !now.isBefore(startsAt);
        double share = progressAt(now) / 100.0;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", id);
        o.put("project_id", projectId);
        o.put("provider_id", "0daac4c5-6707-4851-97ba-169e36266b66");
        o.put("checkpoint_id", "");
        o.put("policy_id", "");
        o.put("vault_id", vaultId);
        o.put("vault_name", vaultName);
        o.put("operation_type", "sync");
        o.put("status", status);
        o.put("created_at", WIRE.format(createdAt));
        o.put("started_at", started ? WIRE.format(startsAt) : "");
        o.put("ended_at", ended ? WIRE.format(endsAt) : "");
        o.put("updated_at", WIRE.format(ended ? endsAt : now));
        ObjectNode error = o.putObject("error_info");
        error.put("code", ended && fails ? "SIM.5001" : "");
        error.put("message", ended && fails
                ? "Simulated failure: the on-premises backup appliance stopped answering during the sync" : "");
        ObjectNode extra = o.putObject("extra_info");
        ObjectNode sync = extra.putObject("sync");
        sync.put("sync_backup_num", ended ? synced : (int) (synced * share));
        sync.put("delete_backup_num", ended ? deleted : (int) (deleted * share));
        sync.put("err_sync_backup_num", ended ? failedCount : 0);
        ObjectNode common = extra.putObject("common");
        common.put("progress", progressAt(now));
        common.put("request_id", requestId);
        common.put("task_id", id);
        return o;
    }
}
