package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper advancingSleeper = d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    };

    @Test
    void letsABurstThroughThenSpacesRequestsEvenly() throws Exception {
        RateLimiter limiter = new RateLimiter(5, 2, now::get, advancingSleeper);
        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofMillis(200));
    }

    @Test
    void idleTimeRefillsTheBurstButNoMore() throws Exception {
        RateLimiter limiter = new RateLimiter(10, 3, now::get, advancingSleeper);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        for (int i = 0; i < 3; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();
        limiter.acquire();
        assertThat(waits).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void rateCanChangeAtRunTime() throws Exception {
        RateLimiter limiter = new RateLimiter(1, 1, now::get, advancingSleeper);
        limiter.acquire();
        limiter.setRate(4);
        limiter.acquire();
        limiter.acquire();
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(250));
    }
}
