/** CBR Sync Desk: one module; see docs/architecture.md for the packages and the rules between them. */
module io.github.cbrsync {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires jdk.httpserver;
    requires java.logging;
    requires java.keyring;
    requires info.picocli;

    exports io.github.cbrsync.app to javafx.graphics;
    // FXMLLoader injects @FXML fields and calls handlers reflectively.
    opens io.github.cbrsync.ui.main to javafx.fxml;
    opens io.github.cbrsync.ui.vaults to javafx.fxml;
    opens io.github.cbrsync.ui.history to javafx.fxml;
    // FXML builds the app's own controls (the window's notices) by their public constructor.
    exports io.github.cbrsync.ui.common to javafx.fxml;
    // picocli sets @Option fields and calls the commands reflectively.
    opens io.github.cbrsync.cli to info.picocli;
}
