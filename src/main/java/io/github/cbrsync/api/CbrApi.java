package io.github.cbrsync.api;

import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SyncReceipt;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.Vault;
import java.util.List;

/**
 * The CBR calls the app needs. Every method blocks (call it from a background thread) and reports every
 * failure as a {@link CbrApiException} whose kind says what happened.
 */
public interface CbrApi {

    /** Hybrid vaults matching the filter, all pages. */
    List<Vault> listVaults(VaultFilter filter);

    /**
     * Starts synchronizing restore points of a hybrid vault. Not idempotent: when the outcome is unknown
     * (read timeout, reset mid-response) this throws kind OUTCOME_UNKNOWN and never re-sends.
     */
    SyncReceipt sync(String vaultId, boolean autoTrigger);

    /** One task (operation log). */
    SyncTask showTask(String operationLogId);

    /** One page of tasks; {@link TaskPage#total()} says how many match in all. */
    TaskPage listTasks(TaskFilter filter);

    /** IAM projects named like the region (usually one; sub-projects add more). */
    List<Project> discoverProjects(String region);

    /** The connection's adaptive send rate, shared by every view of this client. */
    SendBudget budget();

    /** The same client, its requests queued at {@code priority} for the shared send budget. */
    CbrApi withPriority(Priority priority);

    /** The same client, each request asking {@code permit} right before it goes out. */
    CbrApi withPermit(SendPermit permit);
}
