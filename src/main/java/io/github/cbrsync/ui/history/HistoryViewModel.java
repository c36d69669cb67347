package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.ui.common.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live task history: newest first, one row per sync, updated in place as tasks move (the list's
 * extractor makes an updated row repaint). Changes arrive from worker threads through the update queue.
 */
public final class HistoryViewModel {
    public static final String ALL_VAULTS = Messages.get("history.filter.allVaults");

    private final ObservableList<HistoryRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.entryProperty()});
    private final FilteredList<HistoryRow> visibleRows = new FilteredList<>(rows);
    private final Map<String, HistoryRow> rowsById = new HashMap<>();
    private final ObservableList<String> vaultChoices = FXCollections.observableArrayList(ALL_VAULTS);
    private final ObjectProperty<String> vaultFilter = new SimpleObjectProperty<>(this, "vaultFilter", ALL_VAULTS);
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ALL);
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");
    private Consumer<HistoryEntry> taskEndListener = e -> { };

    public HistoryViewModel(TaskHistory history, UiUpdateQueue uiQueue) {
        history.snapshot().forEach(this::apply);
        history.addListener(entry -> uiQueue.post(() -> apply(entry)));
        vaultFilter.addListener(o -> updateFilter());
        statusFilter.addListener(o -> updateFilter());
    }

    /** Told when a followed task reaches its end (for a notification). */
    public void setTaskEndListener(Consumer<HistoryEntry> listener) {
        taskEndListener = listener;
    }

    public ObservableList<HistoryRow> visibleRows() {
        return visibleRows;
    }

    public int totalRows() {
        return rows.size();
    }

    public ObservableList<String> vaultChoices() {
        return vaultChoices;
    }

    public ObjectProperty<String> vaultFilterProperty() {
        return vaultFilter;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    /** Operation IDs of the given rows, one per line (rows without a task ID are left out). */
    public String operationIds(List<HistoryRow> selected) {
        return selected.stream().map(r -> r.entry().operationLogId().orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    private void apply(HistoryEntry entry) {
        HistoryRow row = rowsById.get(entry.localId());
        if (row == null) {
            row = new HistoryRow(entry);
            rowsById.put(entry.localId(), row);
            rows.add(0, row);
            addVaultChoice(entry.vaultName());
            if (!entry.status().isFinal()) {
                activeCount.set(activeCount.get() + 1);
            }
            return;
        }
        HistoryEntry before = row.entry();
        row.set(entry);
        if (!before.status().isFinal() && entry.status().isFinal()) {
            activeCount.set(activeCount.get() - 1);
            if (entry.operationLogId().isPresent()) {
                taskEndListener.accept(entry);
            }
        }
    }

    /** Keeps "all vaults" first and the names sorted after it. */
    private void addVaultChoice(String name) {
        if (vaultChoices.contains(name)) {
            return;
        }
        int at = 1;
        while (at < vaultChoices.size() && vaultChoices.get(at).compareToIgnoreCase(name) < 0) {
            at++;
        }
        vaultChoices.add(at, name);
    }

    private void updateFilter() {
        String vault = vaultFilter.get();
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        boolean allVaults = vault == null || ALL_VAULTS.equals(vault);
        visibleRows.setPredicate(r -> (allVaults || r.entry().vaultName().equals(vault))
                && status.matches(r.entry().status()));
    }
}
