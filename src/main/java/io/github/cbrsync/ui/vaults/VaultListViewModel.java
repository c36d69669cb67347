package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.SyncOrder;
import io.github.cbrsync.service.SyncResult;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.store.VaultPreferences;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the vault list: the rows, the search, loading and why the list is empty, and the sync actions.
 * All methods are called on the UI thread; blocking work goes through the {@link BackgroundRunner}.
 */
public final class VaultListViewModel {
    private final VaultDirectory directory;
    private final SyncService syncService;
    private final BulkLauncher bulkLauncher;
    private final BulkJobViewModel bulkJob;
    private final UiUpdateQueue uiQueue;
    private final VaultPreferences preferences;
    private final BackgroundRunner runner;
    /**
     * No extractor: an update event per changed last sync made the sorted list re-sort all 1,000 rows each
     * time; {@link LastSyncs} re-filters (once per batch) only when a row crosses the "not synced" threshold.
     */
    private final ObservableList<VaultRow> rows = FXCollections.observableArrayList();
    private final FilteredList<VaultRow> visibleRows = new FilteredList<>(rows);
    private final Map<String, VaultRow> rowsById = new HashMap<>();
    private final LastSyncs lastSyncs = new LastSyncs(rows, rowsById::get, this::applyFilter);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyIntegerWrapper vaultCount = new ReadOnlyIntegerWrapper(this, "vaultCount");
    private Optional<ErrorDetails> loadError = Optional.empty();
    private boolean loadedOnce;
    private Consumer<ErrorDetails> errorSink = e -> { };
    private final List<Consumer<List<Vault>>> onLoaded = new java.util.concurrent.CopyOnWriteArrayList<>();

    public VaultListViewModel(VaultDirectory directory, SyncService syncService, BulkLauncher bulkLauncher,
                              VaultPreferences preferences, BackgroundRunner runner, UiUpdateQueue uiQueue) {
        this.directory = directory;
        this.syncService = syncService;
        this.bulkLauncher = bulkLauncher;
        this.bulkJob = new BulkJobViewModel(uiQueue);
        this.uiQueue = uiQueue;
        this.preferences = preferences;
        this.runner = runner;
        searchText.addListener((obs, old, text) -> applyFilter());
        syncService.gate().addListener((vaultId, state) -> uiQueue.post(() -> {
            VaultRow row = rowsById.get(vaultId);
            if (row != null) {
                row.setSyncState(state);
            }
        }));
        updateEmptyMessage();
    }

    /** The last sync of each vault, and the "not synced lately" filter. */
    public LastSyncs lastSyncs() {
        return lastSyncs;
    }

    /** The bar of the window's bulk sync. */
    public BulkJobViewModel bulkJob() {
        return bulkJob;
    }

    /** Where failed actions are reported (the controller shows a dialog). */
    public void setErrorSink(Consumer<ErrorDetails> sink) {
        this.errorSink = sink;
    }

    /** Told after each successful load, with the vaults listed. */
    public void addOnLoaded(Consumer<List<Vault>> listener) {
        onLoaded.add(listener);
    }

    /** IDs of every vault listed (not only those the search shows). */
    public java.util.Set<String> vaultIds() {
        return java.util.Set.copyOf(rowsById.keySet());
    }

    public ObservableList<VaultRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty vaultCountProperty() {
        return vaultCount.getReadOnlyProperty();
    }

    public Optional<ErrorDetails> loadError() {
        return loadError;
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        updateEmptyMessage();
        runner.run("list vaults", directory::hybridVaults, this::showVaults, error -> {
            loading.set(false);
            ErrorDetails details = ErrorDetails.of(error);
            if (error instanceof CbrApiException e) {
                // Say what to fix (wrong key, clock, endpoint, proxy...), as Test connection does.
                String advice = Texts.testOutcome(ConnectionTester.diagnose(e, java.time.Clock.systemUTC(), false));
                details = new ErrorDetails(details.headline(), advice, details.errorCode(), details.httpStatus(),
                        details.requestId());
            }
            loadError = Optional.of(details);
            updateEmptyMessage();
        });
    }

    /**
     * Syncs one vault (the Sync button). The returned future completes, on the UI thread, with the fate of the
     * request (a task followed, a refusal, or undecided); it fails only if the work could not be started.
     */
    public CompletableFuture<SyncResult> sync(VaultRow row) {
        CompletableFuture<SyncResult> fate = new CompletableFuture<>();
        if (!row.canSync()) {
            fate.complete(SyncResult.notStarted(SyncOrder.of(row.vault(), row.isAutoTrigger())));
            return fate;
        }
        return send(SyncOrder.of(row.vault(), row.isAutoTrigger()));
    }

    private CompletableFuture<SyncResult> send(SyncOrder order) {
        CompletableFuture<SyncResult> fate = new CompletableFuture<>();
        // The request is sent on a worker; an unclear answer is settled later, and its fate reported then.
        runner.run("sync " + order.vaultId(), () -> syncService.sync(order), pending -> pending.thenAccept(result ->
                uiQueue.post(() -> {
                    reportSingle(result);
                    fate.complete(result);
                })), error -> {
                    errorSink.accept(ErrorDetails.of(error));
                    fate.completeExceptionally(error);
                });
        return fate;
    }

    /**
     * Syncs the given rows (those that can sync now): one vault directly, several as a bulk sync that the
     * window shows while it runs and sums up when it ends.
     */
    public void syncAll(List<VaultRow> selected) {
        List<VaultRow> eligible = selected.stream().filter(VaultRow::canSync).toList();
        if (eligible.isEmpty()) {
            return;
        }
        if (eligible.size() == 1) {
            sync(eligible.get(0));
            return;
        }
        List<JobPlan.Item> items = eligible.stream()
                .map(r -> new JobPlan.Item(r.id(), r.vault().name(), r.isAutoTrigger())).toList();
        runner.run("bulk sync", () -> bulkLauncher.start(items), bulkJob::show,
                error -> errorSink.accept(ErrorDetails.of(error)));
    }

    /** Syncs the vaults of history rows that were never sent ("Send again"), with the rows' auto-trigger. */
    public void sendAgain(List<io.github.cbrsync.domain.HistoryEntry> rows) {
        List<JobPlan.Item> items = rows.stream().map(e -> new JobPlan.Item(e.vaultId(), e.vaultName(), e.autoTrigger()))
                .distinct().toList();
        if (items.size() == 1) {
            JobPlan.Item only = items.get(0);
            send(SyncOrder.of(only.vaultId(), only.vaultName(), only.autoTrigger()));
        } else if (!items.isEmpty()) {
            runner.run("bulk sync", () -> bulkLauncher.start(items), bulkJob::show,
                    error -> errorSink.accept(ErrorDetails.of(error)));
        }
    }

    /** Sends again the vaults an interrupted bulk sync never sent (the user said yes). */
    public void resumeInterrupted(JobPlan remaining) {
        runner.run("resume bulk sync", () -> bulkLauncher.start(remaining.items()), bulkJob::show,
                error -> errorSink.accept(ErrorDetails.of(error)));
    }

    public void setAutoTrigger(VaultRow row, boolean value) {
        row.autoTriggerProperty().set(value);
    }

    private void showVaults(List<Vault> vaults) {
        loading.set(false);
        loadedOnce = true;
        loadError = Optional.empty();
        Map<String, VaultRow> previous = new HashMap<>(rowsById);
        rowsById.clear();
        List<VaultRow> fresh = vaults.stream().map(v -> {
            VaultRow row = previous.get(v.id());
            if (row == null) {
                row = new VaultRow(v, preferences.autoTrigger(v.id()), syncService.gate().state(v.id()));
                VaultRow created = row;
                row.autoTriggerProperty().addListener((obs, old, on) -> preferences.setAutoTrigger(created.id(), on));
            } else {
                row.setVault(v);
            }
            rowsById.put(v.id(), row);
            lastSyncs.fill(row);
            return row;
        }).toList();
        rows.setAll(fresh);
        lastSyncs.recount(); // every row was filled just above: no second pass over their values
        vaultCount.set(fresh.size());
        updateEmptyMessage();
        onLoaded.forEach(l -> l.accept(vaults));
    }

    private void reportSingle(SyncResult result) {
        result.error().ifPresent(e -> errorSink.accept(ErrorDetails.of(e)));
    }

    private void applyFilter() {
        String text = searchText.get();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        visibleRows.setPredicate(needle.isEmpty() && !lastSyncs.staleOnlyProperty().get() ? null
                : row -> lastSyncs.shows(row) && (row.vault().name().toLowerCase(Locale.ROOT).contains(needle)
                        || row.id().toLowerCase(Locale.ROOT).contains(needle)));
        updateEmptyMessage();
    }

    private void updateEmptyMessage() {
        String message;
        if (loading.get()) {
            message = Messages.get("vaults.empty.loading");
        } else if (loadError.isPresent()) {
            message = Messages.format("vaults.empty.error", loadError.get().message());
        } else if (!loadedOnce) {
            message = Messages.get("vaults.empty.notLoaded");
        } else if (rows.isEmpty()) {
            message = Messages.get("vaults.empty.none");
        } else if (searchText.get().isBlank() && lastSyncs.staleOnlyProperty().get()) {
            message = Messages.format("vaults.empty.noStale", lastSyncs.staleDaysProperty().get());
        } else {
            message = Messages.format("vaults.empty.noMatch", searchText.get().strip());
        }
        emptyMessage.set(message);
    }
}
