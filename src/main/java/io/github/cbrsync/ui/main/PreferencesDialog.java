package io.github.cbrsync.ui.main;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** File > Preferences: polling, the client-side rate limit and how much history to keep. */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    static Optional<AppActions.Tuning> show(Window owner, AppActions.Tuning current) {
        Dialog<AppActions.Tuning> dialog = Dialogs.prepare(new Dialog<>(), owner);
        dialog.setTitle(Messages.get("prefs.title"));
        dialog.setHeaderText(Messages.get("prefs.header"));
        Spinner<Integer> poll = intSpinner(1, 300, current.pollSeconds(), "prefsPoll");
        Spinner<Double> rate = new Spinner<>(0.5, 1000, current.requestsPerSecond(), 0.5);
        rate.setId("prefsRate");
        Spinner<Double> ceiling = new Spinner<>(1, 1000, current.rateCeiling(), 5);
        ceiling.setId("prefsCeiling");
        Spinner<Integer> rows = intSpinner(100, 5_000_000, current.retentionRows(), "prefsRows");
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) rows.getValueFactory())
                .setAmountToStepBy(10_000);
        Spinner<Integer> days = intSpinner(1, 3650, current.retentionDays(), "prefsDays");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("prefs.poll")), poll, new Label(Messages.get("prefs.poll.unit")));
        grid.addRow(1, new Label(Messages.get("prefs.rate")), rate, new Label(Messages.get("prefs.rate.unit")));
        grid.addRow(2, new Label(Messages.get("prefs.ceiling")), ceiling, new Label(Messages.get("prefs.rate.unit")));
        grid.addRow(3, new Label(Messages.get("prefs.rows")), rows, new Label(Messages.get("prefs.rows.unit")));
        grid.addRow(4, new Label(Messages.get("prefs.days")), days, new Label(Messages.get("prefs.days.unit")));
        Label rateNote = new Label(Messages.get("prefs.rate.note"));
        rateNote.setWrapText(true);
        rateNote.setMaxWidth(460);
        grid.add(rateNote, 0, 5, 3, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            commit(poll);
            commit(rows);
            commit(days);
            return new AppActions.Tuning(poll.getValue(), Math.min(rate.getValue(), ceiling.getValue()),
                    ceiling.getValue(), rows.getValue(), days.getValue());
        });
        return dialog.showAndWait();
    }

    /** Takes what was typed but not yet committed (OK pressed while the field still has focus). */
    private static void commit(Spinner<Integer> s) {
        String text = s.getEditor().getText();
        if (!text.isEmpty()) {
            var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
            factory.setValue(Math.max(factory.getMin(), Math.min(factory.getMax(), Integer.parseInt(text))));
        }
    }

    /** An editable spinner that keeps the last valid value when the text typed is not a number in range. */
    private static Spinner<Integer> intSpinner(int min, int max, int value, String id) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        s.setEditable(true);
        s.setId(id);
        // Digits only, so the spinner never has to parse something that is not a number.
        s.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(
                change -> change.getControlNewText().matches("\\d{0,7}") ? change : null));
        s.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                String text = s.getEditor().getText();
                int typed = text.isEmpty() ? s.getValue() : Integer.parseInt(text);
                s.getValueFactory().setValue(Math.max(min, Math.min(max, typed)));
                s.getEditor().setText(String.valueOf(s.getValue()));
            }
        });
        return s;
    }
}
