package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UiUpdateQueueTest {
    /** The UI thread, held: what was handed to it runs when the test says. */
    private final List<Runnable> uiThread = Collections.synchronizedList(new ArrayList<>());
    private final UiUpdateQueue queue = new UiUpdateQueue(uiThread::add);

    private void runUiThread() {
        List<Runnable> now;
        synchronized (uiThread) {
            now = new ArrayList<>(uiThread);
            uiThread.clear();
        }
        now.forEach(Runnable::run);
    }

    @Test
    void updatesPostedBeforeTheUiThreadGetsToThemRunInOneTripInOrder() {
        List<String> ran = new ArrayList<>();
        queue.post(() -> ran.add("a"));
        queue.post(() -> ran.add("b"));
        assertThat(uiThread).hasSize(1);
        runUiThread();
        assertThat(ran).containsExactly("a", "b");
        queue.post(() -> ran.add("c"));
        assertThat(uiThread).as("a new trip once the last one ran").hasSize(1);
    }

    @Test
    void batchedItemsReachTheirConsumerAsOneListPerTrip() {
        List<List<Integer>> batches = new ArrayList<>();
        Consumer<Integer> rows = queue.batching(batches::add);
        rows.accept(1);
        rows.accept(2);
        rows.accept(3);
        runUiThread();
        rows.accept(4);
        runUiThread();
        runUiThread();
        assertThat(batches).containsExactly(List.of(1, 2, 3), List.of(4));
    }

    @Test
    void batchedItemsFromManyThreadsWhileTheUiThreadDrainsAreAllDeliveredOnceInTheirOrder() throws Exception {
        List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
        Consumer<Integer> rows = queue.batching(delivered::addAll);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 1_000;
            workers.add(new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    rows.accept(base + i);
                }
            }));
        }
        workers.forEach(Thread::start);
        while (workers.stream().anyMatch(Thread::isAlive)) {
            runUiThread(); // trips run while items still arrive
        }
        runUiThread();
        assertThat(delivered).hasSize(4_000).doesNotHaveDuplicates();
        for (int t = 0; t < 4; t++) {
            int base = t * 1_000;
            assertThat(delivered.stream().filter(i -> i >= base && i < base + 1_000).toList())
                    .as("worker %d's items in the order given", t).isSorted();
        }
    }

    @Test
    void pacedTripsComeAtMostOncePerGapAndAnUpdateAfterAQuietSpellGoesAtOnce() {
        long[] clock = {0};
        List<Duration> delays = new ArrayList<>();
        List<Runnable> delayed = new ArrayList<>();
        UiUpdateQueue paced = new UiUpdateQueue(uiThread::add, new UiUpdateQueue.Pacing(Duration.ofMillis(200),
                () -> clock[0], (delay, task) -> {
                    delays.add(delay);
                    delayed.add(task);
                }));
        List<String> ran = new ArrayList<>();

        paced.post(() -> ran.add("a"));
        runUiThread();
        assertThat(ran).as("the first update goes at once").containsExactly("a");

        clock[0] = Duration.ofMillis(50).toNanos();
        paced.post(() -> ran.add("b"));
        runUiThread();
        assertThat(ran).as("50 ms after the last trip: put off").containsExactly("a");
        assertThat(delays).containsExactly(Duration.ofMillis(150));
        paced.post(() -> ran.add("c"));
        assertThat(uiThread).as("no second trip while one is put off").isEmpty();
        assertThat(paced.isSettled()).as("updates still waiting").isFalse();

        clock[0] = Duration.ofMillis(200).toNanos();
        delayed.remove(0).run();
        assertThat(ran).as("everything posted meanwhile, in one trip").containsExactly("a", "b", "c");
        assertThat(paced.isSettled()).isTrue();

        clock[0] = Duration.ofMillis(900).toNanos();
        paced.post(() -> ran.add("d"));
        runUiThread();
        assertThat(ran).as("after a quiet spell: at once").containsExactly("a", "b", "c", "d");
        assertThat(delays).hasSize(1);
    }

    @Test
    void workAskedForAtTheEndOfATripRunsOnceItsUpdatesAreDoneInTheSameTrip() {
        List<String> ran = new ArrayList<>();
        List<Boolean> settledDuringTrip = new ArrayList<>();
        queue.post(() -> {
            ran.add("a");
            queue.atEndOfTrip(() -> ran.add("after a and b"));
            settledDuringTrip.add(queue.isSettled());
        });
        queue.post(() -> ran.add("b"));
        runUiThread();
        assertThat(ran).containsExactly("a", "b", "after a and b");
        assertThat(uiThread).as("no trip of its own").isEmpty();
        assertThat(settledDuringTrip).as("a running trip is not settled").containsExactly(false);
        assertThat(queue.isSettled()).isTrue();

        queue.atEndOfTrip(() -> ran.add("outside a trip"));
        assertThat(uiThread).as("outside a trip it is posted").hasSize(1);
        runUiThread();
        assertThat(ran).endsWith("outside a trip");
    }
}
