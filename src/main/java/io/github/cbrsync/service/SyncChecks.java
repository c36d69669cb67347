package io.github.cbrsync.service;

import java.util.concurrent.ScheduledExecutorService;

/** Where and how unclear sync answers are settled: the connection's checks thread and the policy. */
public record SyncChecks(ScheduledExecutorService scheduler, ReconcilePolicy policy) {
}
