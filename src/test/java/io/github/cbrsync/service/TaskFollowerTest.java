package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.sim.RecordedRequest;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batched follower, cycle by cycle on a fake clock, against the simulator: which requests for which tasks. */
class TaskFollowerTest {
    private static final PollTiming TIMING = new PollTiming(Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofSeconds(15), 1.5, Duration.ofMinutes(1), 3);

    private SimulatedAccount account;
    private final AtomicLong nanos = new AtomicLong();
    private final Map<String, SyncTask> seen = new ConcurrentHashMap<>();
    private final List<String> gaveUp = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofSeconds(60), 30);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private List<String> startTasks(int n) {
        return account.sim.syncableVaultIds().stream().limit(n)
                .map(id -> account.api.sync(id, false).operationLogId()).toList();
    }

    private TaskFollower follower(int pageSize) {
        return new TaskFollower(account.api, TIMING, nanos::get, Clock.systemUTC(), Runnable::run, pageSize);
    }

    private void followAll(TaskFollower f, List<String> ids) {
        ids.forEach(id -> f.follow(id, Instant.now(), listener()));
    }

    private List<RecordedRequest> listCalls() {
        return account.sim.requests().matching(r -> r.path().endsWith("/operation-logs"));
    }

    private List<RecordedRequest> showCalls() {
        return account.sim.requests().matching(r -> r.path().contains("/operation-logs/"));
    }

    @Test
    void oneListCallReportsOnEveryFollowedTask() {
        List<String> ids = startTasks(40);
        TaskFollower f = follower(TaskListCycle.PAGE);
        followAll(f, ids);

        f.tick();
        assertThat(listCalls()).isEmpty();
        advance(Duration.ofSeconds(2));
        f.tick();

        assertThat(listCalls()).hasSize(1);
        assertThat(showCalls()).isEmpty();
        assertThat(f.lastCycleRequests()).isEqualTo(1).isLessThanOrEqualTo(40 / 1000 + 2);
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(listCalls().get(0).rawQuery()).contains("operation_type=sync").contains("start_time=")
                .contains("end_time=").contains("limit=1000");
    }

    @Test
    void pagesUntilEveryFollowedTaskWasSeenAndNoFurther() {
        List<String> ids = startTasks(12);
        TaskFollower f = follower(5);
        followAll(f, ids);

        advance(Duration.ofSeconds(2));
        f.tick();

        assertThat(listCalls()).hasSize(3);
        assertThat(listCalls()).extracting(RecordedRequest::rawQuery)
                .anySatisfy(q -> assertThat(q).contains("offset=0")).anySatisfy(q -> assertThat(q).contains("offset=5"))
                .anySatisfy(q -> assertThat(q).contains("offset=10"));
        assertThat(seen).hasSize(12);

        // Only two of the twelve followed: they are the newest, on the first page; the cycle stops there.
        account.sim.requests().clear();
        TaskFollower few = follower(5);
        seen.clear();
        followAll(few, ids.subList(10, 12));
        advance(Duration.ofSeconds(2));
        few.tick();
        assertThat(listCalls()).hasSize(1);
        assertThat(seen).hasSize(2);
    }

    @Test
    void aTaskTheListDoesNotReturnIsReadOnItsOwnOnePerCycle() {
        List<String> ids = startTasks(3);
        // The list lags far behind: it returns none of them.
        account.sim.knobs().taskListLag(Duration.ofHours(1));
        TaskFollower f = follower(TaskListCycle.PAGE);
        followAll(f, ids);

        advance(Duration.ofSeconds(2));
        f.tick();
        assertThat(showCalls()).isEmpty();
        for (int cycle = 0; cycle < 3; cycle++) {
            advance(Duration.ofSeconds(20));
            f.tick();
            assertThat(f.lastCycleRequests()).isLessThanOrEqualTo(2);
        }
        assertThat(showCalls()).hasSize(3);
        assertThat(showCalls()).extracting(RecordedRequest::path).map(p -> p.substring(p.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void cyclesSlowDownWhileNothingMovesAndEndWhenTasksEnd() {
        List<String> ids = startTasks(2);
        TaskFollower f = follower(TaskListCycle.PAGE);
        followAll(f, ids);
        advance(Duration.ofSeconds(2));
        f.tick();
        assertThat(listCalls()).hasSize(1);

        // Still waiting: the next cycle comes later than the first interval (2 s x 1.5).
        advance(Duration.ofSeconds(2));
        f.tick();
        assertThat(listCalls()).hasSize(1);
        advance(Duration.ofSeconds(1));
        f.tick();
        assertThat(listCalls()).hasSize(2);
        assertThat(f.followingCount()).isEqualTo(2);
    }

    @Test
    void anAuthenticationFailurePausesAllFollowingUntilResumed() {
        List<String> ids = startTasks(2);
        try (OkHttpCbrApi wrongKey = new OkHttpCbrApi(SimulatedAccount.settings(account.sim)
                .withCredentials(new Credentials.AkSk(account.sim.config().accessKey(), "wrong")))) {
            TaskFollower f = new TaskFollower(wrongKey, TIMING, nanos::get, Clock.systemUTC(), Runnable::run);
            List<Optional<CbrApiException>> pauses = new ArrayList<>();
            f.addPauseListener(pauses::add);
            followAll(f, ids);

            advance(Duration.ofSeconds(3));
            f.tick();
            f.tick();
            advance(Duration.ofMinutes(5));
            f.tick();

            assertThat(listCalls()).hasSize(1);
            assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isPresent());
            assertThat(f.pausedBy()).isPresent();
            assertThat(f.followingCount()).isEqualTo(2);

            f.resume();
            assertThat(pauses).hasSize(2).last().isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTaskThatKeepsBeingNotFoundIsGivenUp() {
        TaskFollower f = follower(TaskListCycle.PAGE);
        f.follow("no-such-task", Instant.now(), listener());
        for (int i = 0; i < 8; i++) {
            advance(Duration.ofMinutes(2));
            f.tick();
        }
        assertThat(gaveUp).containsExactly("no-such-task");
        assertThat(f.followingCount()).isZero();
    }

    @Test
    void endedTasksAreNoLongerFollowed() throws Exception {
        account.sim.setTaskDuration(Duration.ofMillis(200));
        List<String> ids = startTasks(3);
        TaskFollower f = follower(TaskListCycle.PAGE);
        followAll(f, ids);
        Thread.sleep(500);
        advance(Duration.ofSeconds(2));
        f.tick();
        assertThat(f.followingCount()).isZero();
        assertThat(seen.values()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.SUCCESS));
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private TaskFollower.Listener listener() {
        return new TaskFollower.Listener() {
            @Override
            public void onUpdate(SyncTask task) {
                seen.put(task.id(), task);
            }

            @Override
            public void onGaveUp(String operationLogId, CbrApiException reason) {
                gaveUp.add(operationLogId);
            }
        };
    }
}
