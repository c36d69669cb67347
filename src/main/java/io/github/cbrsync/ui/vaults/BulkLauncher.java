package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPlan;
import java.util.List;

/** Starts a bulk sync in the window's connection (its scope owns the job). Writes the plan: off the FX thread. */
@FunctionalInterface
public interface BulkLauncher {
    BulkSyncJob start(List<JobPlan.Item> items);
}
