package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.ProtectedResource;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.ui.common.CellTips;
import io.github.cbrsync.ui.common.Cells;
import io.github.cbrsync.ui.common.Clipboards;
import io.github.cbrsync.ui.common.Formats;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.common.TableOrder;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.i18n.Texts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Binds the vault table and its toolbar to the {@link VaultListViewModel}; no logic of its own. */
public final class VaultListController {
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final VaultListViewModel viewModel;

    @FXML private TextField searchField;
    @FXML private Button refreshButton;
    @FXML private Button syncSelectedButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<VaultRow> vaultTable;
    @FXML private TableColumn<VaultRow, VaultGate.State> syncColumn;
    @FXML private TableColumn<VaultRow, VaultRow> autoTriggerColumn;
    @FXML private TableColumn<VaultRow, String> nameColumn;
    @FXML private TableColumn<VaultRow, String> idColumn;
    @FXML private TableColumn<VaultRow, String> statusColumn;
    @FXML private TableColumn<VaultRow, LastSync> lastSyncColumn;
    @FXML private javafx.scene.control.ToggleButton staleFilter;
    @FXML private TableColumn<VaultRow, Vault> capacityColumn;
    @FXML private TableColumn<VaultRow, List<ProtectedResource>> resourcesColumn;
    @FXML private TableColumn<VaultRow, Optional<Instant>> createdColumn;
    @FXML private Label emptyLabel;
    @FXML private javafx.scene.layout.HBox bulkBar;
    @FXML private javafx.scene.control.ProgressBar bulkProgress;
    @FXML private Label bulkText;
    @FXML private Button bulkPauseButton;
    @FXML private Button bulkCancelButton;

    public VaultListController(VaultListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        loadingIndicator.managedProperty().bind(viewModel.loadingProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        emptyLabel.textProperty().bind(viewModel.emptyMessageProperty());

        vaultTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        syncSelectedButton.disableProperty().bind(vaultTable.getSelectionModel().selectedItemProperty().isNull());
        // The headers choose the order; the sorted list compares the rows' values directly (TableOrder), not
        // cell values made per comparison.
        SortedList<VaultRow> sorted = new SortedList<>(viewModel.visibleRows());
        vaultTable.setItems(sorted);
        TableOrder<VaultRow> order = new TableOrder<>();

        syncColumn.setCellValueFactory(c -> c.getValue().syncStateProperty());
        CellTips<javafx.scene.control.Button> syncTips = SyncButtonCell.tips();
        syncColumn.setCellFactory(c -> new SyncButtonCell(viewModel::sync, syncTips));
        Cells.self(autoTriggerColumn);
        CellTips<org.controlsfx.control.ToggleSwitch> autoTriggerTips = AutoTriggerCell.tips();
        autoTriggerColumn.setCellFactory(c -> new AutoTriggerCell(autoTriggerTips));
        order.follow(nameColumn, VaultRow::vaultProperty, v -> v.name());
        order.follow(idColumn, VaultRow::vaultProperty, Vault::id);
        order.follow(statusColumn, VaultRow::vaultProperty, v -> v.status());
        statusColumn.setCellFactory(Cells.text(VaultListController::statusText, VaultListController::statusStyle));
        capacityColumn.setCellValueFactory(c -> c.getValue().vaultProperty());
        order.key(capacityColumn, VaultRow::vault);
        capacityColumn.setCellFactory(c -> new CapacityCell());
        capacityColumn.setComparator(Comparator.comparingDouble(v -> v.usage().usedFraction()));
        lastSyncColumn.setCellValueFactory(c -> c.getValue().lastSyncProperty());
        order.key(lastSyncColumn, VaultRow::lastSync);
        lastSyncColumn.setCellFactory(Cells.text(LastSync::text, LastSync::styleClass, LastSync::tooltip));
        // Ascending is "most recent first"; descending puts the vaults never synced at the top.
        lastSyncColumn.setComparator(LastSync.BY_AGE);
        bindStaleFilter(viewModel.lastSyncs());
        order.follow(resourcesColumn, VaultRow::vaultProperty, v -> v.resources());
        CellTips<ResourcesCell> resourcesTips = ResourcesCell.tips();
        resourcesColumn.setCellFactory(c -> new ResourcesCell(resourcesTips));
        resourcesColumn.setComparator(Comparator.comparingInt(List::size));
        order.follow(createdColumn, VaultRow::vaultProperty, v -> v.createdAt());
        createdColumn.setCellFactory(Cells.text(Formats::date));
        createdColumn.setComparator(Comparator.comparing(o -> o.orElse(Instant.EPOCH)));
        order.install(vaultTable, sorted::setComparator);
        // Ages and outcomes change under a sorted "Last sync" column: sort again once per batch of changes.
        viewModel.lastSyncs().changedBatchesProperty().addListener(o -> {
            if (vaultTable.getSortOrder().contains(lastSyncColumn)) {
                vaultTable.sort();
            }
        });
        nameColumn.setSortType(TableColumn.SortType.ASCENDING);
        vaultTable.getSortOrder().add(nameColumn);

        BulkJobViewModel bulk = viewModel.bulkJob();
        bulkBar.visibleProperty().bind(bulk.visibleProperty());
        bulkBar.managedProperty().bind(bulk.visibleProperty());
        bulkProgress.progressProperty().bind(bulk.fractionProperty());
        bulkText.textProperty().bind(bulk.textProperty());
        bulkPauseButton.textProperty().bind(javafx.beans.binding.Bindings.when(bulk.pausedProperty())
                .then(Messages.get("bulk.resume")).otherwise(Messages.get("bulk.pause")));
        bulkPauseButton.disableProperty().bind(bulk.cancellableProperty().not());
        bulkCancelButton.disableProperty().bind(bulk.cancellableProperty().not());

        vaultTable.setContextMenu(contextMenu());
        vaultTable.addEventHandler(KeyEvent.KEY_PRESSED, this::onTableKey);
    }

    /** The "not synced in N days" toggle, and the one timer that ages the Last sync column (not one per row). */
    private void bindStaleFilter(LastSyncs lastSyncs) {
        staleFilter.selectedProperty().bindBidirectional(lastSyncs.staleOnlyProperty());
        staleFilter.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("vaults.filter.stale", lastSyncs.staleDaysProperty().get()),
                lastSyncs.staleDaysProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("vaults.filter.stale.tooltip", lastSyncs.staleDaysProperty().get()),
                lastSyncs.staleDaysProperty()));
        staleFilter.setTooltip(tip);
        javafx.animation.Timeline minute = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), e -> lastSyncs.tick()));
        minute.setCycleCount(javafx.animation.Animation.INDEFINITE);
        // Runs while the table is in a window: a connection's old window content stops its timer.
        vaultTable.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                minute.stop();
            } else {
                minute.play();
            }
        });
    }

    @FXML
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    public void syncSelected() {
        viewModel.syncAll(List.copyOf(vaultTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void pauseOrResumeBulk() {
        viewModel.bulkJob().pauseOrResume();
    }

    @FXML
    private void cancelBulk() {
        viewModel.bulkJob().cancel();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusTable() {
        vaultTable.requestFocus();
        if (vaultTable.getSelectionModel().isEmpty() && !vaultTable.getItems().isEmpty()) {
            vaultTable.getSelectionModel().select(0);
            vaultTable.getFocusModel().focus(0);
        }
    }

    public void toggleAutoTriggerOfSelected() {
        vaultTable.getSelectionModel().getSelectedItems()
                .forEach(r -> viewModel.setAutoTrigger(r, !r.isAutoTrigger()));
    }

    public void copySelectedIds() {
        Clipboards.copy(vaultTable.getSelectionModel().getSelectedItems().stream().map(VaultRow::id)
                .collect(Collectors.joining("\n")));
    }

    public TableView<VaultRow> table() {
        return vaultTable;
    }

    private void onTableKey(KeyEvent e) {
        if (COPY.match(e)) {
            copySelectedIds();
            e.consume();
        }
    }

    private ContextMenu contextMenu() {
        MenuItem sync = new MenuItem(Messages.get("vaults.context.sync"));
        sync.setOnAction(e -> syncSelected());
        MenuItem copy = new MenuItem(Messages.get("vaults.context.copyId"));
        copy.setOnAction(e -> copySelectedIds());
        return new ContextMenu(sync, copy);
    }

    static String statusText(String status) {
        return Texts.vaultStatus(status);
    }

    private static String statusStyle(String status) {
        return switch (status) {
            case "available" -> Styles.STATUS_OK;
            case "lock", "frozen", "deleting" -> Styles.STATUS_WARN;
            default -> Styles.STATUS_BAD;
        };
    }

    /** The number of protected resources, with their names in a tooltip. */
    private static final class ResourcesCell extends javafx.scene.control.TableCell<VaultRow, List<ProtectedResource>> {
        private final CellTips<ResourcesCell> tips;

        ResourcesCell(CellTips<ResourcesCell> tips) {
            this.tips = tips;
        }

        static CellTips<ResourcesCell> tips() {
            return new CellTips<>(cell -> cell.isEmpty() || cell.getItem() == null || cell.getItem().isEmpty() ? null
                    : Messages.format("vaults.resources.tooltip", cell.getItem().stream()
                            .map(r -> r.name() + "  (" + r.sizeGb() + " GB)").collect(Collectors.joining("\n"))));
        }

        @Override
        protected void updateItem(List<ProtectedResource> resources, boolean empty) {
            super.updateItem(resources, empty);
            if (empty || resources == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(resources.isEmpty() ? Messages.get("vaults.resources.none") : Integer.toString(resources.size()));
            tips.offer(this, !resources.isEmpty());
        }
    }
}
