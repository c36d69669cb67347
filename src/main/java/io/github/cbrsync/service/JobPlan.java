package io.github.cbrsync.service;

import java.time.Instant;
import java.util.List;

/**
 * What a bulk sync was asked to do: kept on disk while it runs, so that a bulk sync interrupted by a crash or
 * a closed window can be offered for resumption (the vaults not yet sent), never resumed silently.
 */
public record JobPlan(String id, Instant createdAt, List<Item> items) {

    /** One vault of the job and the auto_trigger it is to be synced with. */
    public record Item(String vaultId, String vaultName, boolean autoTrigger) {
    }

    public JobPlan {
        items = List.copyOf(items);
    }
}
