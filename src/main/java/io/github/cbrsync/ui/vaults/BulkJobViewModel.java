package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.BulkSyncJob.Progress;
import io.github.cbrsync.service.BulkSyncJob.State;
import io.github.cbrsync.service.JobPause;
import io.github.cbrsync.service.JobSummary;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The bar that shows the bulk sync of this window while it runs: n of N sent, n ended, the current rate and
 * the time left, with Pause/Resume and Cancel; one summary when it is over. Progress arrives from worker
 * threads many times a second and is shown at most once per trip to the UI thread.
 */
public final class BulkJobViewModel {
    private final UiUpdateQueue uiQueue;
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private Consumer<JobSummary> summarySink = s -> { };
    private BulkSyncJob job;

    public BulkJobViewModel(UiUpdateQueue uiQueue) {
        this.uiQueue = uiQueue;
    }

    /** Where the end-of-job summary goes (the window shows it). */
    public void setSummarySink(Consumer<JobSummary> sink) {
        summarySink = sink;
    }

    /** Shows {@code started} in the bar (the newest bulk sync of the window). Called on the UI thread. */
    public void show(BulkSyncJob started) {
        job = started;
        started.addListener(p -> {
            if (latest.getAndSet(p) == null) {
                uiQueue.post(this::applyLatest);
            }
        });
        started.finished().thenAccept(summary -> uiQueue.post(() -> ended(started, summary)));
        // With the other updates, not in a frame of its own: the bar's appearance moves the vault table, and the
        // run's first rows change most of the window; frames that close together wait for each other's painting.
        uiQueue.post(() -> apply(started.progress()));
    }

    public Optional<BulkSyncJob> job() {
        return Optional.ofNullable(job);
    }

    public void pauseOrResume() {
        if (job != null) {
            if (job.progress().state() == State.PAUSED) {
                job.resume();
            } else {
                job.pause(JobPause.USER);
            }
        }
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Cancel makes sense while requests remain to be sent. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void applyLatest() {
        Progress p = latest.getAndSet(null);
        if (p != null && job != null && p.jobId().equals(job.id())) {
            apply(p);
        }
    }

    private void apply(Progress p) {
        visible.set(p.state() != State.FINISHED);
        paused.set(p.state() == State.PAUSED);
        cancellable.set(p.state() == State.SENDING || p.state() == State.PAUSED);
        fraction.set(p.total() == 0 ? 1 : (p.sent() + p.ended()) / (2.0 * p.total()));
        text.set(describe(p));
    }

    private void ended(BulkSyncJob finished, JobSummary summary) {
        if (finished == job) {
            visible.set(false);
            job = null;
        }
        summarySink.accept(summary);
    }

    static String describe(Progress p) {
        return Texts.bulkProgress(p);
    }
}
