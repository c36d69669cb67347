package io.github.cbrsync.ui.common;

import io.github.cbrsync.i18n.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Date pickers that take what a person types (2026-11-28) and say so, in the field, when a date cannot be
 * read, instead of throwing on the FX thread and keeping nothing.
 */
public final class DateFields {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private DateFields() {
    }

    public static void lenient(DatePicker picker) {
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty()) {
                    markValid(picker);
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(t, ISO);
                    markValid(picker);
                    return date;
                } catch (DateTimeParseException e) {
                    picker.setStyle("-fx-border-color: -cbr-bad;");
                    picker.setTooltip(new Tooltip(Messages.format("date.invalid", t)));
                    return picker.getValue();
                }
            }
        });
    }

    private static void markValid(DatePicker picker) {
        picker.setStyle("");
        picker.setTooltip(null);
    }
}
