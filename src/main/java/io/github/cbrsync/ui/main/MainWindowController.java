package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.ProductInfo;
import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.common.NoticeStack;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.history.HistoryController;
import io.github.cbrsync.ui.vaults.VaultListController;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import io.github.cbrsync.ui.common.Clipboards;
import io.github.cbrsync.ui.common.TableLayouts;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/** The main window: menus and shortcuts, the demo banner, the status bar; the two tables are included. */
public final class MainWindowController {
    private final MainViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private VBox demoBanner;
    @FXML private StatusBar statusBar;
    @FXML private org.controlsfx.control.MaskerPane busyMask;
    @FXML private NoticeStack notices;
    @FXML private javafx.scene.control.Menu switchMenu;
    @FXML private VaultListController vaultListController;
    @FXML private HistoryController historyController;

    public MainWindowController(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        demoBanner.setVisible(viewModel.connection().demo());
        demoBanner.setManaged(viewModel.connection().demo());
        statusBar.setText(viewModel.connectionText());
        if (!viewModel.connection().encrypted()) {
            statusBar.getStyleClass().add(Styles.UNENCRYPTED);
        }
        busyMask.textProperty().bind(viewModel.busyTextProperty());
        busyMask.visibleProperty().bind(viewModel.busyTextProperty().isNotEmpty());
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.textProperty().bind(viewModel.countsText());
        Label polling = new Label();
        polling.setId("statusPolling");
        polling.getStyleClass().add(Styles.STATUS_BAD);
        polling.textProperty().bind(viewModel.pollingNoticeProperty());
        Label stale = new Label();
        stale.setId("statusStale");
        stale.getStyleClass().add(Styles.STATUS_WARN);
        stale.textProperty().bind(viewModel.staleText());
        stale.managedProperty().bind(stale.textProperty().isNotEmpty());
        statusBar.getRightItems().addAll(polling, stale, counts);
        viewModel.vaults().setErrorSink(details -> showError(Messages.get("sync.error.title"), details));
        switchMenu.setOnShowing(e -> fillSwitchMenu());
        fillSwitchMenu();
        TableLayouts.remember(vaultListController.table(), "vaults", viewModel.layouts());
        TableLayouts.remember(historyController.table(), "history", viewModel.layouts());
    }

    /** Called once the window is showing: dialogs need an owner, and the first load starts. */
    public void windowShown(Window window) {
        TaskEndNotifier notifier = new TaskEndNotifier(notices, viewModel::followedTaskCount);
        viewModel.history().setTaskEndListener(notifier::taskEnded);
        viewModel.setNoticeSink(this::showNotice);
        viewModel.vaults().bulkJob().setSummarySink(summary -> BulkSummaryDialog.show(window, summary,
                this::showNotice));
        viewModel.setResumeQuestion((plan, answer) -> BulkSummaryDialog.askResume(window, plan, answer));
        viewModel.refresh();
    }

    /** A short message in a notice at the window's corner. */
    public void showNotice(String message) {
        notices.show(NoticeStack.Kind.INFO, message);
    }

    public String title() {
        return viewModel.title();
    }

    private void showError(String title, ErrorDetails details) {
        // Logged too, so "Copy diagnostics" lists it among the recent problems (the log formatter redacts).
        System.getLogger(MainWindowController.class.getName()).log(System.Logger.Level.WARNING,
                title + ": " + details.copyText().replace('\n', ' '));
        ErrorDialog.create(window(), title, details).show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void exit() {
        Window w = window();
        if (w != null) {
            w.hide();
        } else {
            Platform.exit();
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void focusSearch() {
        vaultListController.focusSearch();
    }

    @FXML
    private void focusVaults() {
        vaultListController.focusTable();
    }

    @FXML
    private void focusHistory() {
        historyController.focusTable();
    }

    @FXML
    private void syncSelected() {
        vaultListController.syncSelected();
    }

    @FXML
    private void toggleAutoTrigger() {
        vaultListController.toggleAutoTriggerOfSelected();
    }

    @FXML
    private void copyVaultIds() {
        vaultListController.copySelectedIds();
    }

    @FXML
    private void copyOperationIds() {
        historyController.copySelectedIds();
    }

    @FXML
    private void clearHistoryFilters() {
        historyController.clearFilters();
    }

    private void fillSwitchMenu() {
        switchMenu.getItems().clear();
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (ConnectionChoice choice : viewModel.actions().connections()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(choice.label());
            item.setToggleGroup(group);
            item.setSelected(choice.id().equals(viewModel.actions().currentConnection()));
            item.setOnAction(e -> {
                if (!choice.id().equals(viewModel.actions().currentConnection())) {
                    viewModel.actions().switchTo(choice.id());
                }
            });
            switchMenu.getItems().add(item);
        }
    }

    @FXML
    private void manageConnections() {
        viewModel.actions().manageConnections();
    }

    @FXML
    private void copyHistoryRows() {
        historyController.copySelectedRows();
    }

    @FXML
    private void exportCsv() {
        export(false);
    }

    @FXML
    private void exportCsvForExcel() {
        export(true);
    }

    private void export(boolean excelBom) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("history.export.title"));
        chooser.setInitialFileName("cbr-sync-history-" + java.time.LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.history().exportCsv(file.toPath(), excelBom,
                    rows -> showNotice(Messages.format("history.export.done", rows, file.getName())),
                    error -> showError(Messages.get("history.export.failed"), ErrorDetails.of(error)));
        }
    }

    @FXML
    private void catchUp() {
        viewModel.catchUp();
    }

    @FXML
    private void showPreferences() {
        PreferencesDialog.show(window(), viewModel.actions().tuning()).ifPresent(tuning -> {
            viewModel.actions().applyTuning(tuning);
            viewModel.vaults().lastSyncs().staleDaysProperty().set(tuning.ui().staleDays());
        });
    }

    @FXML
    private void openLogFolder() {
        viewModel.actions().openLogFolder();
    }

    @FXML
    private void copyDiagnostics() {
        Clipboards.copy(viewModel.actions().diagnostics());
        showNotice(Messages.get("diagnostics.copied"));
    }

    @FXML
    private void showShortcuts() {
        info(Messages.get("shortcuts.title"), Messages.get("shortcuts.text"));
    }

    @FXML
    private void showAbout() {
        info(Messages.get("about.title"), Messages.format("about.text", ProductInfo.version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21")));
    }

    private void info(String title, String text) {
        Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK), window());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
