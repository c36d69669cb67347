package io.github.cbrsync.service;

import io.github.cbrsync.api.Priority;
import io.github.cbrsync.api.SendPermit;
import io.github.cbrsync.domain.Vault;
import java.util.Optional;

/**
 * One sync to request: which vault, with which auto_trigger, in which queue for the send budget, the bulk job
 * it belongs to (if any) and that job's permit (a paused job holds its requests, a cancelled one stops them).
 */
public record SyncOrder(String vaultId, String vaultName, boolean autoTrigger, Priority priority,
                        Optional<String> jobId, SendPermit permit) {

    /** A sync a person asked for directly (a click, Ctrl+Enter on one vault). */
    public static SyncOrder of(Vault vault, boolean autoTrigger) {
        return of(vault.id(), vault.name(), autoTrigger);
    }

    public static SyncOrder of(String vaultId, String vaultName, boolean autoTrigger) {
        return new SyncOrder(vaultId, vaultName, autoTrigger, Priority.NORMAL, Optional.empty(), SendPermit.ALWAYS);
    }

    /** One vault of a bulk sync: it waits behind what a person is looking at, and asks its job before going. */
    public static SyncOrder inJob(JobPlan.Item item, String jobId, SendPermit permit) {
        return new SyncOrder(item.vaultId(), item.vaultName(), item.autoTrigger(), Priority.BULK, Optional.of(jobId),
                permit);
    }
}
