package io.github.cbrsync.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Forms whose labels, buttons and drop-downs are never cut short, in any language or scale: every one-line label and button
 * (and drop-down) under a form is given its preferred width as its minimum, so the dialog grows (and the text fields give way)
 * instead of showing "自动…" for "自动获取".
 */
public final class WholeLabels {
    private WholeLabels() {
    }

    public static <T extends Parent> T in(T form) {
        for (Node child : form.getChildrenUnmodifiable()) {
            if (child instanceof Labeled labeled && !labeled.isWrapText()
                    || child instanceof javafx.scene.control.ComboBoxBase<?>) {
                ((Region) child).setMinWidth(Region.USE_PREF_SIZE);
            } else if (child instanceof Parent parent && !(child instanceof javafx.scene.control.Control)) {
                in(parent);
            }
        }
        return form;
    }
}
