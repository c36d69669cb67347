package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.JobSummary;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.Formats;
import io.github.cbrsync.i18n.Messages;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The one summary a bulk sync ends with (a notice when all went well, a dialog naming the vaults that need a
 * look otherwise), and the question whether to send what an interrupted bulk sync never sent.
 */
final class BulkSummaryDialog {
    private static final int NAMED = 50;

    private BulkSummaryDialog() {
    }

    static void show(Window owner, JobSummary s, Consumer<String> notice) {
        String text = Messages.format("bulk.summary.text", s.total(), s.succeeded(), s.failedOnServer(),
                s.count(HistoryStatus.REQUEST_FAILED), s.count(HistoryStatus.OUTCOME_UNKNOWN)
                        + s.count(HistoryStatus.NOT_FOLLOWED),
                s.neverSent() + s.count(HistoryStatus.NOT_SENT), s.skippedByGate());
        if (s.needAttention().isEmpty() || owner == null || !owner.isShowing()) {
            notice.accept(Messages.format("join.colon", Messages.get("bulk.summary.title"), text));
            return;
        }
        TextArea list = new TextArea(s.needAttention().stream().limit(NAMED).map(BulkSummaryDialog::line)
                .collect(Collectors.joining("\n"))
                + (s.needAttention().size() > NAMED ? "\n" + Messages.format("sync.bulk.more",
                s.needAttention().size() - NAMED) : ""));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, s.needAttention().size() + 1));
        Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.WARNING, "", ButtonType.CLOSE), owner);
        alert.setTitle(Messages.get("bulk.summary.title"));
        alert.setHeaderText(text + "\n" + Messages.get("bulk.summary.attention"));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("bulkSummaryDialog");
        alert.setResizable(true);
        alert.show();
    }

    private static String line(HistoryEntry e) {
        String status = Messages.get("history.status." + e.status().name());
        return "\u2022 " + e.vaultName() + " \u2014 "
                + e.error().map(err -> Messages.format("join.colon", status, err.message())).orElse(status);
    }

    static void askResume(Window owner, JobPlan remaining, Consumer<Boolean> answer) {
        ButtonType send = new ButtonType(Messages.get("bulk.interrupted.send"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("bulk.interrupted.discard"), ButtonBar.ButtonData.NO);
        Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.CONFIRMATION, Messages.get("bulk.interrupted.text"),
                send, discard), owner);
        alert.setTitle(Messages.get("bulk.interrupted.title"));
        alert.setHeaderText(Messages.format("bulk.interrupted.header", Formats.dateTime(remaining.createdAt()),
                remaining.items().size()));
        alert.getDialogPane().setId("resumeBulkDialog");
        alert.setOnHidden(e -> answer.accept(alert.getResult() == send));
        alert.show();
    }
}
