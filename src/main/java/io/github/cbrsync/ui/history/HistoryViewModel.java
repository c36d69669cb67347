package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.store.HistoryExport;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.RowsHolder;
import io.github.cbrsync.ui.common.ShownRows;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live task history: one row per sync, newest first unless a column is chosen. A row is the immutable
 * {@link HistoryEntry} itself, put in its previous version's place when its task moves (an "update" change,
 * {@code RowUpdates}, repaints just that row): no per-row property or listener, so 100,000 rows cost little
 * more than their entries. Changes arrive from worker threads through the update queue, a trip's worth at a
 * time; filtering and sorting the whole list happen on a worker ({@link ShownRows}).
 */
public final class HistoryViewModel {
    /** Newest first; among rows requested at the same instant, by ID, last first (a total order: ShownRows). */
    public static final Comparator<HistoryEntry> NEWEST_FIRST = HistoryEntry.NEWEST_FIRST;

    /** The vault choices' order after "all vaults": by name, case aside. */
    private static final Comparator<VaultChoice> BY_NAME = Comparator.comparing(VaultChoice::toString,
            String.CASE_INSENSITIVE_ORDER);

    private final Map<String, HistoryEntry> rowsById = new HashMap<>();
    private final ShownRows<HistoryEntry> shown;
    private final ObservableList<VaultChoice> vaultChoices = FXCollections.observableArrayList(VaultChoice.ALL);
    private final ObjectProperty<VaultChoice> vaultFilter = new SimpleObjectProperty<>(this, "vaultFilter",
            VaultChoice.ALL);
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ALL);
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final BackgroundRunner runner;
    private Consumer<HistoryEntry> taskEndListener = e -> { };
    private Consumer<List<HistoryEntry>> resender = rows -> { };

    public HistoryViewModel(TaskHistory history, UiUpdateQueue uiQueue, BackgroundRunner runner) {
        this.runner = runner;
        this.shown = new ShownRows<>(() -> new ArrayList<>(rowsById.values()), NEWEST_FIRST, runner);
        applyRestored(history.snapshot());
        history.addListener(uiQueue.batching(this::applyAll));
        history.addRestoreListener(restored -> uiQueue.post(() -> applyRestored(restored)));
        vaultFilter.addListener(o -> updateFilter());
        statusFilter.addListener(o -> updateFilter());
        fromDate.addListener(o -> updateFilter());
        toDate.addListener(o -> updateFilter());
    }

    /** Where "Send again" goes: a sync of each row's vault with the row's auto-trigger (the vault list's). */
    public void setResender(Consumer<List<HistoryEntry>> sendAgain) {
        resender = sendAgain;
    }

    /** Rows proven never sent (an interrupted run, a cancelled bulk sync) can be sent again with one click. */
    public boolean canSendAgain(List<HistoryEntry> selected) {
        return !selected.isEmpty() && selected.stream().allMatch(e -> e.status() == HistoryStatus.NOT_SENT);
    }

    public void sendAgain(List<HistoryEntry> selected) {
        if (canSendAgain(selected)) {
            resender.accept(List.copyOf(selected));
        }
    }

    /** Told when a followed task reaches its end (for a notification). */
    public void setTaskEndListener(Consumer<HistoryEntry> listener) {
        taskEndListener = listener;
    }

    /** The rows the filters let through, in the chosen order (newest first when none is chosen). */
    public ObservableList<HistoryEntry> visibleRows() {
        return shown.list();
    }

    public int totalRows() {
        return rowsById.size();
    }

    /** See {@link ShownRows#setHolder}: what the table keeps in place while rows move. */
    public void setRowsHolder(RowsHolder holder) {
        shown.setHolder(holder);
    }

    /** Where the row with this local ID is shown now, or -1 (filtered out, or no such row). */
    public int shownIndexOf(String localId) {
        return shown.indexOf(rowsById.get(localId));
    }

    /** The order the table's columns ask for (null: newest first); applied off the FX thread. */
    public void setOrder(Comparator<HistoryEntry> order) {
        shown.setOrder(order);
    }

    /** "All vaults" and the vault names seen in the history, as of the last {@link #updateVaultChoices}. */
    public ObservableList<VaultChoice> vaultChoices() {
        return vaultChoices;
    }

    /**
     * Brings the vault choices up to date with the names seen since (called when the user reaches for the
     * list). Not at every new name: a ComboBox lays out its hidden list again at every change of its items, and
     * the first seconds of a bulk sync of a thousand vaults bring a thousand new names, a trip's worth at a time.
     */
    public void updateVaultChoices() {
        if (vaultNames.size() == vaultChoices.size() - 1) {
            return;
        }
        Set<String> listed = vaultChoices.stream().skip(1).map(VaultChoice::toString)
                .collect(Collectors.toSet());
        // Inserted one by one, never setAll: a ComboBox whose items are all replaced clears its value and
        // chooses it again, and the filter bound to it would run twice over the whole history.
        for (String name : vaultNames) {
            if (!listed.contains(name)) {
                VaultChoice choice = VaultChoice.of(name);
                int at = Collections.binarySearch(vaultChoices.subList(1, vaultChoices.size()), choice, BY_NAME);
                vaultChoices.add(1 + (at < 0 ? -at - 1 : at), choice);
            }
        }
    }

    public ObjectProperty<VaultChoice> vaultFilterProperty() {
        return vaultFilter;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** First day shown (local time), or null for no lower bound. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day shown (local time, inclusive), or null for no upper bound. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public void clearFilters() {
        vaultFilter.set(VaultChoice.ALL);
        statusFilter.set(StatusFilter.ALL);
        fromDate.set(null);
        toDate.set(null);
    }

    /** The rows the filters let through, as shown (newest first). */
    public List<HistoryEntry> visibleEntries() {
        return List.copyOf(shown.list());
    }

    /** Rows as tab-separated text with a header, for pasting into a spreadsheet. */
    public String rowsAsTsv(List<HistoryEntry> selected) {
        return HistoryExport.toTsv(selected);
    }

    /** Writes the filtered rows to a CSV file in the background; {@code done} gets the row count. */
    public void exportCsv(Path file, boolean excelBom, Consumer<Integer> done, Consumer<Throwable> failed) {
        List<HistoryEntry> rowsToWrite = visibleEntries();
        runner.run("export history", () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HistoryExport.writeCsv(rowsToWrite, out, excelBom);
            }
            return rowsToWrite.size();
        }, done, failed);
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    /** Operation IDs of the given rows, one per line (rows without a task ID are left out). */
    public String operationIds(List<HistoryEntry> selected) {
        return selected.stream().map(e -> e.operationLogId().orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    /**
     * One trip's rows. The count of unfinished rows is set once per trip: the status bar formats its text anew at
     * every change of it, and a bulk sync's first trip adds a thousand rows.
     */
    private void applyAll(List<HistoryEntry> entries) {
        int[] active = {activeCount.get()};
        try {
            shown.inOneGo(() -> entries.forEach(entry -> active[0] += apply(entry)));
        } finally {
            activeCount.set(active[0]);
        }
    }

    /** Shows a new or changed row; returns by how much it changes the count of unfinished rows. */
    private int apply(HistoryEntry entry) {
        HistoryEntry before = rowsById.put(entry.localId(), entry);
        shown.changed(before, entry);
        if (before == null) {
            vaultNames.add(entry.vaultName());
            return entry.status().isFinal() ? 0 : 1;
        }
        if (!before.status().isFinal() && entry.status().isFinal()) {
            if (entry.operationLogId().isPresent()) {
                taskEndListener.accept(entry);
            }
            return -1;
        }
        return 0;
    }

    /** Rows read back from the journal (or already there when the window opens): shown in one change. */
    private void applyRestored(List<HistoryEntry> restored) {
        int rowsBefore = rowsById.size();
        int active = 0;
        for (HistoryEntry e : restored) {
            if (rowsById.putIfAbsent(e.localId(), e) == null) {
                vaultNames.add(e.vaultName());
                active += e.status().isFinal() ? 0 : 1;
            }
        }
        if (rowsById.size() > rowsBefore) {
            shown.reload();
        }
        activeCount.set(activeCount.get() + active);
    }

    /** The vault names of all rows; the choices follow them in {@link #updateVaultChoices}. */
    private final Set<String> vaultNames = new HashSet<>();
    /** The filter last applied (no filter when "all" of everything): the same one again rebuilds nothing. */
    private List<Object> filterApplied = List.of(VaultChoice.ALL, StatusFilter.ALL, Optional.empty(), Optional.empty());

    private void updateFilter() {
        VaultChoice vault = vaultFilter.get() == null ? VaultChoice.ALL : vaultFilter.get();
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        List<Object> wanted = List.of(vault, status, Optional.ofNullable(fromDate.get()),
                Optional.ofNullable(toDate.get()));
        if (wanted.equals(filterApplied)) {
            return; // a ComboBox passing through "no value" and back, say: each rebuild copies every row
        }
        filterApplied = wanted;
        ZoneId zone = ZoneId.systemDefault();
        Instant from = fromDate.get() == null ? Instant.MIN : fromDate.get().atStartOfDay(zone).toInstant();
        Instant to = toDate.get() == null ? Instant.MAX : toDate.get().plusDays(1).atStartOfDay(zone).toInstant();
        shown.setFilter(e -> vault.matches(e) && status.matches(e.status())
                && !e.requestedAt().isBefore(from) && e.requestedAt().isBefore(to));
    }
}
