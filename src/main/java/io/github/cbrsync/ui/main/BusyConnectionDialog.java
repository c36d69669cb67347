package io.github.cbrsync.ui.main;

import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Dialogs;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked when the user switches connections while a bulk sync of the current one still has requests to send:
 * finish in the background, cancel the rest, or stay. Nothing is sent while the question is open (the caller
 * pauses the jobs first). Not modal-blocking: the answer arrives through a callback.
 */
public final class BusyConnectionDialog {
    /** The user's answer. */
    public enum Choice { FINISH_IN_BACKGROUND, CANCEL_THE_REST, STAY }

    private BusyConnectionDialog() {
    }

    public static void ask(Window owner, String current, String next, List<BulkSyncJob> jobs, Consumer<Choice> answer) {
        int total = jobs.stream().mapToInt(j -> j.progress().total()).sum();
        int unsent = jobs.stream().mapToInt(j -> j.progress().total() - j.progress().sent()).sum();
        ButtonType finish = new ButtonType(Messages.get("switch.busy.finish"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("switch.busy.cancel"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.format("switch.busy.stay", current),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.CONFIRMATION, Messages.format("switch.busy.text",
                current, unsent, total, next), finish, cancel, stay), owner);
        alert.setTitle(Messages.get("switch.busy.title"));
        alert.setHeaderText(Messages.format("switch.busy.header", current, unsent, total));
        alert.getDialogPane().setId("busySwitchDialog");
        alert.getDialogPane().setMinWidth(560);
        alert.setOnHidden(e -> {
            ButtonType result = alert.getResult();
            answer.accept(result == finish ? Choice.FINISH_IN_BACKGROUND
                    : result == cancel ? Choice.CANCEL_THE_REST : Choice.STAY);
        });
        alert.show();
    }
}
