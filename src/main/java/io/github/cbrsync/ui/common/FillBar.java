package io.github.cbrsync.ui.common;

import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A slim bar filled to a fraction, for table cells that show one in every row (a task's progress, a vault's
 * capacity). Two plain regions, the track and the fill inside it, rather than a ProgressBar: no skin to build and
 * style in each new cell, no indeterminate animation, fewer nodes. Colours come from app.css ({@code .fill-bar},
 * its {@code .fill} child); style classes on the bar ({@link Styles#FILL_HIGH}, {@link Styles#FILL_FULL}) recolour the fill.
 */
public final class FillBar extends StackPane {
    private final Region fill = new Region();
    private final double width;

    public FillBar(double width, double height) {
        this.width = width;
        getStyleClass().add("fill-bar");
        fill.getStyleClass().add("fill");
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().add(fill);
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        setAlignment(Pos.CENTER_LEFT);
        setFraction(0);
    }

    /** How much is filled, 0 to 1 (clamped); nothing is drawn for 0. */
    public void setFraction(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        fill.setPrefWidth(width * f);
        fill.setVisible(f > 0);
    }

    /** The filled width, in pixels (tests). */
    public double filledWidth() {
        return fill.isVisible() ? fill.getPrefWidth() : 0;
    }
}
