package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.service.BulkSyncJob.Progress;
import io.github.cbrsync.service.BulkSyncJob.State;
import java.util.function.Consumer;

/**
 * The bulk sync's progress as the window's bar words it: on a terminal one line redrawn at most ten times a
 * second; in a pipe or a log a line at each tenth of the requests sent or of the vaults ended, and at each change
 * of state, so a nightly log shows the run without thousands of lines.
 */
final class SyncProgress implements Consumer<Progress> {
    private static final long REDRAW_NANOS = 100_000_000;

    private final CliOutput output;
    private long lastDraw;
    private String lastStep = "";

    SyncProgress(CliOutput output) {
        this.output = output;
    }

    @Override
    public synchronized void accept(Progress p) {
        if (output.terminal()) {
            long now = System.nanoTime();
            if (now - lastDraw >= REDRAW_NANOS || p.state() == State.FINISHED) {
                lastDraw = now;
                output.progress(Texts.bulkProgress(p));
            }
            return;
        }
        int total = Math.max(1, p.total());
        String step = p.state() + "/" + p.sent() * 10 / total + "/" + p.ended() * 10 / total;
        if (!step.equals(lastStep)) {
            lastStep = step;
            output.progress(Texts.bulkProgress(p));
        }
    }
}
