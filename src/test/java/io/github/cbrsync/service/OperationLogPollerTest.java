package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared poller, driven tick by tick with a fake clock against the simulator. */
class OperationLogPollerTest {
    private static final PollTiming TIMING = new PollTiming(Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofSeconds(15), 1.5, Duration.ofMinutes(1), 3);

    private SimulatedAccount account;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofSeconds(30), 0);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private long showTaskRequests() {
        return account.sim.requests().matching(r -> r.path().contains("/operation-logs/")).size();
    }

    @Test
    void pollsOnlyWhenDueAndBacksOffWhileNothingChanges() {
        String taskId = account.api.sync(account.sim.syncableVaultIds().get(0), false).operationLogId();
        OperationLogPoller poller = new OperationLogPoller(account.api, TIMING, nanos::get);
        List<SyncTask> updates = new ArrayList<>();
        poller.follow(taskId, listener(updates));

        poller.tick();
        assertThat(showTaskRequests()).isZero();
        advance(Duration.ofSeconds(2));
        poller.tick();
        poller.tick();
        assertThat(showTaskRequests()).isEqualTo(1);
        assertThat(updates).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.WAITING));

        // Still waiting: the next poll comes later than the first interval.
        advance(Duration.ofSeconds(2));
        poller.tick();
        assertThat(showTaskRequests()).isEqualTo(1);
        advance(Duration.ofSeconds(1));
        poller.tick();
        assertThat(showTaskRequests()).isEqualTo(2);
        assertThat(poller.isFollowing(taskId)).isTrue();
    }

    @Test
    void anAuthenticationFailurePausesAllPollingUntilResumed() {
        String a = account.api.sync(account.sim.syncableVaultIds().get(0), false).operationLogId();
        String b = account.api.sync(account.sim.syncableVaultIds().get(1), false).operationLogId();
        try (OkHttpCbrApi wrongKey = new OkHttpCbrApi(SimulatedAccount.settings(account.sim)
                .withCredentials(new Credentials.AkSk(account.sim.config().accessKey(), "wrong")))) {
            OperationLogPoller poller = new OperationLogPoller(wrongKey, TIMING, nanos::get);
            List<Optional<CbrApiException>> pauses = new ArrayList<>();
            poller.addPauseListener(pauses::add);
            poller.follow(a, listener(new ArrayList<>()));
            poller.follow(b, listener(new ArrayList<>()));

            advance(Duration.ofSeconds(3));
            poller.tick();
            poller.tick();
            advance(Duration.ofMinutes(5));
            poller.tick();

            assertThat(showTaskRequests()).isEqualTo(1);
            assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isPresent());
            assertThat(poller.pausedBy()).isPresent();
            assertThat(poller.followingCount()).isEqualTo(2);

            poller.resume();
            assertThat(pauses).hasSize(2).last().isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTaskThatKeepsBeingNotFoundIsGivenUp() {
        OperationLogPoller poller = new OperationLogPoller(account.api, TIMING, nanos::get);
        List<String> gaveUp = new ArrayList<>();
        poller.follow("no-such-task", new OperationLogPoller.Listener() {
            @Override
            public void onUpdate(SyncTask task) {
            }

            @Override
            public void onGaveUp(String id, CbrApiException reason) {
                gaveUp.add(id);
            }
        });
        for (int i = 0; i < 3; i++) {
            advance(Duration.ofMinutes(2));
            poller.tick();
        }
        assertThat(gaveUp).containsExactly("no-such-task");
        assertThat(poller.followingCount()).isZero();
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private static OperationLogPoller.Listener listener(List<SyncTask> updates) {
        return new OperationLogPoller.Listener() {
            @Override
            public void onUpdate(SyncTask task) {
                updates.add(task);
            }

            @Override
            public void onGaveUp(String operationLogId, CbrApiException reason) {
            }
        };
    }
}
