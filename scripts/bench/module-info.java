/** The start-up benchmark's reference: a bare JavaFX window with one empty TableView. Not part of the app. */
module cbrsync.bench {
    requires javafx.controls;

    exports cbrsync.bench to javafx.graphics;
}
