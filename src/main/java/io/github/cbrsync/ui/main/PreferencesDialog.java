package io.github.cbrsync.ui.main;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Dialogs;
import java.util.Optional;
import io.github.cbrsync.store.UiChoices;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import io.github.cbrsync.ui.common.Styles;
import javafx.stage.Window;

/**
 * File > Preferences: polling, the client-side rate limit, how much history to keep, the theme (applied at once),
 * the language (at the next start: the texts are loaded once per run, and the dialog says so) and after how many
 * days a vault counts as not synced.
 */
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
        UiChoices ui = current.ui();
        ComboBox<UiChoices.Theme> theme = choice(UiChoices.Theme.values(), ui.theme(), "prefs.theme.", "prefsTheme");
        ComboBox<UiChoices.Language> language = choice(UiChoices.Language.values(), ui.language(), "prefs.language.",
                "prefsLanguage");
        Spinner<Integer> stale = intSpinner(1, UiChoices.MAX_STALE_DAYS, ui.staleDays(), "prefsStaleDays");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("prefs.poll"), poll, label("prefs.poll.unit"));
        grid.addRow(1, label("prefs.rate"), rate, label("prefs.rate.unit"));
        grid.addRow(2, label("prefs.ceiling"), ceiling, label("prefs.rate.unit"));
        grid.addRow(3, label("prefs.rows"), rows, label("prefs.rows.unit"));
        grid.addRow(4, label("prefs.days"), days, label("prefs.days.unit"));
        grid.addRow(5, label("prefs.stale"), stale, label("prefs.stale.unit"));
        grid.addRow(6, label("prefs.theme"), theme);
        grid.addRow(7, label("prefs.language"), language);
        grid.add(note("prefs.language.note"), 1, 8, 2, 1);
        grid.add(note("prefs.rate.note"), 0, 9, 3, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            commit(poll);
            commit(rows);
            commit(days);
            commit(stale);
            return new AppActions.Tuning(poll.getValue(), Math.min(rate.getValue(), ceiling.getValue()),
                    ceiling.getValue(), rows.getValue(), days.getValue(),
                    new UiChoices(language.getValue(), theme.getValue(), stale.getValue()));
        });
        return dialog.showAndWait();
    }

    /** A label that keeps its whole text (the dialog grows instead: Chinese labels are no shorter). */
    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A sentence under the fields, wrapped to the dialog's width. */
    private static Label note(String key) {
        Label note = new Label(Messages.get(key));
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.getStyleClass().add(Styles.MUTED);
        return note;
    }

    /** A drop-down of an enum's values, each named by the bundle key {@code prefix + NAME}. */
    private static <E extends Enum<E>> ComboBox<E> choice(E[] values, E selected, String prefix, String id) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setValue(selected);
        box.setId(id);
        return box;
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
