package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.ui.common.Cells;
import io.github.cbrsync.ui.common.Clipboards;
import io.github.cbrsync.ui.common.DateFields;
import io.github.cbrsync.ui.common.Formats;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.common.TableOrder;
import io.github.cbrsync.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Binds the task-history table and its filters to the {@link HistoryViewModel}. */
public final class HistoryController {
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination COPY_ROWS = KeyCombination.keyCombination("Shortcut+Shift+C");

    private final HistoryViewModel viewModel;

    @FXML private ComboBox<VaultChoice> vaultFilter;
    @FXML private ComboBox<StatusFilter> statusFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Button copyIdsButton;
    @FXML private TableView<HistoryEntry> historyTable;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> requestedColumn;
    @FXML private TableColumn<HistoryEntry, String> vaultColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry.Origin> originColumn;
    @FXML private TableColumn<HistoryEntry, Boolean> autoTriggerColumn;
    @FXML private TableColumn<HistoryEntry, String> operationIdColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> statusColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> progressColumn;
    @FXML private TableColumn<HistoryEntry, Integer> syncedColumn;
    @FXML private TableColumn<HistoryEntry, Integer> deletedColumn;
    @FXML private TableColumn<HistoryEntry, Integer> failedColumn;
    @FXML private TableColumn<HistoryEntry, String> errorCodeColumn;
    @FXML private TableColumn<HistoryEntry, String> errorMessageColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> endedColumn;
    @FXML private Label emptyLabel;

    public HistoryController(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        vaultFilter.setItems(viewModel.vaultChoices());
        // The choices follow the history's vault names when the user reaches for them (see updateVaultChoices).
        vaultFilter.setOnShowing(e -> viewModel.updateVaultChoices());
        vaultFilter.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                viewModel.updateVaultChoices();
            }
        });
        vaultFilter.valueProperty().bindBidirectional(viewModel.vaultFilterProperty());
        statusFilter.setItems(FXCollections.observableArrayList(StatusFilter.values()));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        DateFields.lenient(fromDate);
        DateFields.lenient(toDate);
        fromDate.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toDateProperty());
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                viewModel.totalRows() == 0 ? "history.empty" : "history.empty.filtered"), viewModel.visibleRows()));

        historyTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        copyIdsButton.disableProperty().bind(historyTable.getSelectionModel().selectedItemProperty().isNull());
        historyTable.setItems(viewModel.visibleRows());

        // Each cell reads the row's immutable entry; a row updated in the list repaints itself (no listeners).
        // The headers choose the order; the view model sorts (off the FX thread) with the same keys.
        TableOrder<HistoryEntry> order = new TableOrder<>();
        // The two time columns sort with comparators that read the entry's fields: no Instant made per comparison.
        order.column(requestedColumn, e -> e);
        requestedColumn.setCellFactory(Cells.text(e -> Formats.dateTime(e.requestedAt())));
        requestedColumn.setComparator(HistoryEntry.BY_REQUESTED_AT);
        order.column(vaultColumn, HistoryEntry::vaultName);
        order.column(originColumn, HistoryEntry::origin);
        originColumn.setCellFactory(Cells.text(o -> Messages.get("history.origin." + o.name())));
        order.column(autoTriggerColumn, HistoryEntry::autoTrigger);
        autoTriggerColumn.setCellFactory(Cells.text(b -> Messages.get(b ? "history.yes" : "history.no")));
        order.column(operationIdColumn, e -> e.operationLogId().orElse(""));
        order.column(statusColumn, e -> e);
        statusColumn.setCellFactory(Cells.text(HistoryController::statusText, e -> Styles.forStatus(e.status())));
        statusColumn.setComparator(Comparator.comparing(HistoryEntry::status));
        order.column(progressColumn, e -> e);
        progressColumn.setCellFactory(c -> new ProgressCell());
        progressColumn.setComparator(Comparator.comparingInt(HistoryEntry::progress));
        order.column(syncedColumn, e -> e.counters().synced());
        order.column(deletedColumn, e -> e.counters().deleted());
        order.column(failedColumn, e -> e.counters().failed());
        order.column(errorCodeColumn, e -> e.error().map(TaskError::code).orElse(""));
        order.column(errorMessageColumn, e -> e.error().map(TaskError::message).orElse(""));
        errorMessageColumn.setCellFactory(Cells.text(m -> m));
        order.column(endedColumn, e -> e);
        endedColumn.setCellFactory(Cells.text(e -> Formats.dateTime(e.endedAt())));
        endedColumn.setComparator(HistoryEntry.BY_ENDED_AT);
        order.install(historyTable, viewModel::setOrder);
        viewModel.setRowsHolder(new HistoryRowsHolder(historyTable, viewModel::shownIndexOf));

        MenuItem copy = new MenuItem(Messages.get("history.context.copyId"));
        copy.setOnAction(e -> copySelectedIds());
        MenuItem copyRows = new MenuItem(Messages.get("history.context.copyRows"));
        copyRows.setOnAction(e -> copySelectedRows());
        MenuItem sendAgain = new MenuItem(Messages.get("history.context.sendAgain"));
        sendAgain.setId("historySendAgain");
        sendAgain.setOnAction(e -> viewModel.sendAgain(List.copyOf(historyTable.getSelectionModel()
                .getSelectedItems())));
        ContextMenu menu = new ContextMenu(copy, copyRows, sendAgain);
        menu.setOnShowing(e -> sendAgain.setDisable(!viewModel.canSendAgain(List.copyOf(historyTable
                .getSelectionModel().getSelectedItems()))));
        historyTable.setContextMenu(menu);
        historyTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_ROWS.match(e)) {
                copySelectedRows();
                e.consume();
            } else if (COPY.match(e)) {
                copySelectedIds();
                e.consume();
            }
        });
    }

    @FXML
    public void copySelectedIds() {
        Clipboards.copy(viewModel.operationIds(List.copyOf(historyTable.getSelectionModel().getSelectedItems())));
    }

    /** The selected rows (or all shown rows when none is selected) as TSV. */
    public void copySelectedRows() {
        List<HistoryEntry> rows = historyTable.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(historyTable.getItems()) : List.copyOf(historyTable.getSelectionModel().getSelectedItems());
        if (!rows.isEmpty()) {
            Clipboards.copy(viewModel.rowsAsTsv(rows));
        }
    }

    public void clearFilters() {
        viewModel.clearFilters();
    }

    public TableView<HistoryEntry> table() {
        return historyTable;
    }

    public void focusTable() {
        historyTable.requestFocus();
        if (historyTable.getSelectionModel().isEmpty() && !historyTable.getItems().isEmpty()) {
            historyTable.getSelectionModel().select(0);
        }
    }

    /** The status, and how many requests the row needed when the first created no task ("sent 2 times"). */
    static String statusText(HistoryEntry e) {
        String status = Messages.get("history.status." + e.status().name());
        return e.sends() > 1 ? Messages.format("history.status.withSends", status, e.sends()) : status;
    }
}
