package io.github.cbrsync.domain;

/** What the sync call returns: the task that now runs on the server for this vault. */
public record SyncReceipt(String operationLogId, String vaultId) {
}
