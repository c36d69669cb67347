package io.github.cbrsync.domain;

/** extra_info.sync of a sync task: backups synchronized, deleted, and failed to synchronize. */
public record SyncCounters(int synced, int deleted, int failed) {
    public static final SyncCounters NONE = new SyncCounters(0, 0, 0);
}
