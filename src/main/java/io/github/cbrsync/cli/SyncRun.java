package io.github.cbrsync.cli;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPause;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.SettingsStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One {@code sync} run: lists the vaults, applies the selection, brings the history up to date (so a vault whose
 * task still runs, from the window or elsewhere, gets no second one), starts the bulk sync, shows its progress,
 * waits as asked, and reports one item per vault with its task's ID and state.
 */
final class SyncRun {
    /** Tasks still running are found among those created this far back (a sync task rarely runs for days). */
    private static final Duration RUNNING_TASKS_LOOK_BACK = Duration.ofDays(3);

    private final ConnectionScope scope;
    private final SettingsStore settings;
    private final CliOutput output;
    private final SyncCommand options;

    SyncRun(ConnectionScope scope, SettingsStore settings, CliOutput output, SyncCommand options) {
        this.scope = scope;
        this.settings = settings;
        this.output = output;
        this.options = options;
    }

    ExitCode run() {
        VaultSelection.Chosen chosen = options.selection.choose(hybridVaults());
        if (!chosen.passedOver().isEmpty()) {
            output.note(Messages.format("cli.note.passedOver", chosen.passedOver().size(), names(chosen.passedOver())));
        }
        List<SyncItem> items = new ArrayList<>();
        chosen.unknown().forEach(name -> items.add(SyncItem.problem(name, "", "not_found")));
        chosen.notSyncable().forEach(v -> items.add(SyncItem.problem(v.id(), v.name(), "not_syncable")));
        List<JobPlan.Item> plan = chosen.vaults().stream().map(v -> new JobPlan.Item(v.id(), v.name(),
                options.autoTrigger.valueFor(v.id(), settings.current()))).toList();
        if (plan.isEmpty()) {
            output.error(Messages.get("cli.error.nothingMatched"));
            return report(items, Optional.empty(), ExitCode.NOTHING_MATCHED, false);
        }
        if (options.dryRun) {
            plan.forEach(i -> items.add(SyncItem.planned(i)));
            return report(items, Optional.empty(), items.size() > plan.size() ? ExitCode.SOME_FAILED : ExitCode.OK,
                    false);
        }
        prepareHistory(chosen.vaults());
        BulkSyncJob job = scope.startBulk(plan);
        AtomicReference<String> refused = new AtomicReference<>();
        SyncProgress progress = new SyncProgress(output);
        job.addListener(p -> {
            progress.accept(p);
            // Nobody is there to fix the credentials and press Resume: stop sending and say what to fix.
            if (p.pausedBy().filter(JobPause.AUTHENTICATION::equals).isPresent() && refused.get() == null) {
                refused.set(p.pauseDetail().orElse(""));
                job.cancel();
            }
        });
        long deadline = options.timeout == null ? Long.MAX_VALUE
                : System.nanoTime() + options.timeout.toNanos();
        boolean timedOut = !await(job.sendingDone(), deadline)
                || refused.get() == null && options.wait && !await(job.finished(), deadline);
        Map<String, List<HistoryEntry>> rowsByVault = rowsByVault(plan);
        plan.forEach(i -> items.add(outcome(job, i, rowsByVault.getOrDefault(i.vaultId(), List.of()))));
        if (refused.get() != null) {
            output.error(Messages.format("cli.error.refusedDuringSync", refused.get()));
            return report(items, Optional.of(job), ExitCode.CONFIGURATION, timedOut);
        }
        if (timedOut) {
            output.error(Messages.format("cli.error.timedOut", io.github.cbrsync.i18n.Texts.duration(options.timeout)));
            return report(items, Optional.of(job), ExitCode.TIMED_OUT, true);
        }
        boolean failed = items.stream().anyMatch(SyncItem::notOk);
        return report(items, Optional.of(job), failed ? ExitCode.SOME_FAILED : ExitCode.OK, false);
    }

    private List<Vault> hybridVaults() {
        try {
            return new VaultDirectory(scope.api()).hybridVaults();
        } catch (CbrApiException e) {
            throw Failures.of(e, tokenLogin());
        }
    }

    /** The journal read (with the tasks it still follows) and the server's running tasks of these vaults. */
    private void prepareHistory(List<Vault> vaults) {
        try {
            scope.restore(settings.current().retention()).warnings().forEach(output::note);
            scope.catchUp().run(vaults.stream().map(Vault::id).collect(Collectors.toSet()), RUNNING_TASKS_LOOK_BACK);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.history", e.getMessage()),
                    e.toString());
        } catch (CbrApiException e) {
            throw Failures.of(e, tokenLogin());
        }
    }

    private boolean tokenLogin() {
        return !(scope.connection().settings().credentials() instanceof Credentials.AkSk);
    }

    /** Waits until {@code deadline} (System.nanoTime); false when it passed first. */
    private static boolean await(CompletableFuture<?> future, long deadline) {
        try {
            if (deadline == Long.MAX_VALUE) {
                future.get();
            } else {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** The planned vaults' rows, in the history's order: one pass over the history, not one per vault. */
    private Map<String, List<HistoryEntry>> rowsByVault(List<JobPlan.Item> plan) {
        Set<String> planned = plan.stream().map(JobPlan.Item::vaultId).collect(Collectors.toSet());
        return scope.history().matching(r -> planned.contains(r.vaultId())).stream()
                .collect(Collectors.groupingBy(HistoryEntry::vaultId));
    }

    /** The vault's row of this job; a vault the gate passed over shows the task that already runs. */
    private SyncItem outcome(BulkSyncJob job, JobPlan.Item item, List<HistoryEntry> rows) {
        Optional<HistoryEntry> ours = rows.stream().filter(r -> r.jobId().filter(job.id()::equals).isPresent())
                .reduce((a, b) -> b);
        if (ours.isPresent()) {
            return SyncItem.of(item, TaskColumns.status(ours.get().status()), ours);
        }
        Optional<HistoryEntry> running = rows.stream().filter(r -> !r.status().isFinal()).reduce((a, b) -> b);
        return running.isPresent() ? SyncItem.of(item, TaskColumns.status("already_syncing"), running)
                : SyncItem.of(item, TaskColumns.status(HistoryStatus.NOT_SENT), Optional.empty());
    }

    private ExitCode report(List<SyncItem> items, Optional<BulkSyncJob> job, ExitCode code, boolean timedOut) {
        output.report(SyncItem.report(scope.connection(), items, job.map(BulkSyncJob::id), options.wait, timedOut),
                code);
        return code;
    }

    private static String names(List<Vault> vaults) {
        String shown = vaults.stream().limit(5).map(Vault::name).collect(Collectors.joining(", "));
        return vaults.size() > 5 ? shown + ", \u2026" : shown;
    }
}
