package io.github.cbrsync.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The gaps between the frames the FX thread delivers while something runs: started and stopped from any
 * thread, summed up as median, p99 and max. A measure to print, never to assert on (shared machines).
 */
public final class FrameGaps {
    private final List<Long> gapsMs = Collections.synchronizedList(new ArrayList<>());
    /** With -Dcbrsync.bench.stalls=true: where the FX thread was while a frame was over 100 ms late. */
    private final StallSampler stalls = Boolean.getBoolean("cbrsync.bench.stalls") ? new StallSampler() : null;
    /**
     * Gaps this long are kept with the System.nanoTime they ended at, to set beside a GC log decorated with the
     * same clock ({@code -Xlog:gc:FILE:timenanos}) or a profile.
     */
    private static final long LONG_GAP_MS = 50;
    /** A gap over this is a frame that missed its slot at 60 Hz. */
    private static final long LATE_FRAME_MS = 20;
    private final List<LongGap> longGaps = Collections.synchronizedList(new ArrayList<>());

    private record LongGap(long ms, long endedAtNanos) {
    }
    private volatile long lastPulse = System.nanoTime();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            lastPulse = System.nanoTime();
            if (last != 0) {
                long gap = (now - last) / 1_000_000;
                gapsMs.add(gap);
                if (gap > LONG_GAP_MS) {
                    longGaps.add(new LongGap(gap, now));
                }
            }
            last = now;
        }
    };

    public void start() {
        Platform.runLater(timer::start);
        if (stalls != null) {
            stalls.start(() -> lastPulse);
        }
    }

    public void stop() {
        Platform.runLater(timer::stop);
        if (stalls != null) {
            stalls.stop();
            System.out.println(stalls.report());
        }
    }

    /** The ten longest gaps over 50 ms, longest first, each with the System.nanoTime at which it ended. */
    public List<String> longGaps() {
        synchronized (longGaps) {
            return longGaps.stream().sorted(Comparator.comparingLong(LongGap::ms).reversed()).limit(10)
                    .map(g -> g.ms() + " ms ending at nanoTime " + g.endedAtNanos()).toList();
        }
    }

    public List<Long> sorted() {
        List<Long> sorted = new ArrayList<>(gapsMs);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * "N frames, median M ms, p99 P ms, max X ms, K over 20 ms (S %)". The share over 20 ms says how far p99 is from
     * one frame: a frame that misses its 16.7 ms slot is shown one slot late, 33 ms after the last, so p99 falls to
     * about one frame only once fewer than 1 % of the frames miss their slot.
     */
    public String summary() {
        List<Long> s = sorted();
        if (s.isEmpty()) {
            return "no frames";
        }
        long late = s.stream().filter(gap -> gap > LATE_FRAME_MS).count();
        return String.format(Locale.ROOT, "%d frames, median %d ms, p99 %d ms, max %d ms, %d over %d ms "
                        + "(%.1f %%)", s.size(), s.get(s.size() / 2), s.get((int) (s.size() * 0.99)),
                s.get(s.size() - 1), late, LATE_FRAME_MS, 100.0 * late / s.size());
    }
}
