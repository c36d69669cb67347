package cbrsync.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's reference (scripts/startup-bench.sh): a bare JavaFX window holding one empty
 * TableView, started from the same packaged runtime as the app. It prints
 * {@code STARTUP first-frame-ms=N}: milliseconds from the process start
 * ({@code ProcessHandle.current().info().startInstant()}, as the app measures) to the first pulse that lays
 * out the shown window, then exits; with {@code -Dcbrsync.bench.stay=true} it stays open instead (the history
 * benchmark, scripts/history-bench.sh, reads its resident memory as the reference).
 */
public final class BareTable extends Application {
    private static final Instant PROCESS_START =
            ProcessHandle.current().info().startInstant().orElseThrow();

    @Override
    public void start(Stage stage) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<String, String>("Name"));
        table.getColumns().add(new TableColumn<String, String>("Status"));
        Scene scene = new Scene(new BorderPane(table), 1200, 760);
        stage.setTitle("Bare JavaFX reference");
        stage.setScene(scene);
        stage.show();
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            long ms = Duration.between(PROCESS_START, Instant.now()).toMillis();
            System.out.println("STARTUP first-frame-ms=" + ms);
            System.out.flush();
            if (!Boolean.getBoolean("cbrsync.bench.stay")) {
                // Let the frame reach the screen before leaving.
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
    }

    public static void main(String[] args) {
        launch(BareTable.class, args);
    }
}
