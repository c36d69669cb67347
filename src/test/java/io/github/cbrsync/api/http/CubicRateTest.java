package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cbrsync.api.RatePlan;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The adaptive rate on a fake clock: how it climbs, backs off, waits out Retry-After and starts again. */
class CubicRateTest {
    private long now = 1_000_000_000L;

    /** Sends at the controller's current rate for {@code seconds}, every request answered without a throttle. */
    private void sendFor(CubicRate rate, double seconds) {
        long end = now + (long) (seconds * 1e9);
        while (now < end) {
            now += (long) (1e9 / rate.rate());
            rate.onSent(now);
            rate.onAnswer(now);
        }
    }

    @Test
    void climbsQuicklyFromTheStartingPointWhileNothingIsThrottled() {
        CubicRate rate = new CubicRate(new RatePlan(10, 200, false), now);
        assertThat(rate.inSlowStart()).isTrue();
        sendFor(rate, 1.0);
        assertThat(rate.rate()).isGreaterThan(25);
        sendFor(rate, 2.0);
        assertThat(rate.rate()).isEqualTo(200, within(0.01));
    }

    @Test
    void neverPromisesItselfMoreThanTwiceWhatItReallySends() {
        CubicRate rate = new CubicRate(new RatePlan(10, 200, false), now);
        // One request a second while the allowance would allow ten: the allowance does not balloon.
        for (int i = 0; i < 20; i++) {
            now += 1_000_000_000L;
            rate.onSent(now);
            rate.onAnswer(now);
        }
        assertThat(rate.rate()).isLessThanOrEqualTo(10);
    }

    @Test
    void backsOffMultiplicativelyOnAThrottleAndOnlyOncePerEpisode() {
        CubicRate rate = new CubicRate(new RatePlan(80, 200, true), now);
        sendFor(rate, 2);
        double before = rate.rate();

        rate.onThrottle(now, Optional.empty(), Optional.empty());
        double after = rate.rate();
        assertThat(after).isLessThanOrEqualTo(before * CubicRate.BETA + 0.01).isGreaterThan(before * 0.5);
        // The rest of the same per-second window answers 429 too: one back-off, not one per answer.
        now += 200_000_000L;
        rate.onThrottle(now, Optional.empty(), Optional.empty());
        assertThat(rate.rate()).isEqualTo(after, within(0.01));
        assertThat(rate.throttles()).isEqualTo(2);
    }

    @Test
    void growsBackAlongTheCubicCurveFlatAroundTheLastMaximum() {
        CubicRate rate = new CubicRate(new RatePlan(60, 200, true), now);
        sendFor(rate, 0.5);
        double max = rate.rate();
        rate.onThrottle(now, Optional.empty(), Optional.empty());
        double k = Math.cbrt((max - rate.rate()) / CubicRate.SCALE);

        sendFor(rate, k / 2);
        assertThat(rate.rate()).isBetween(max * CubicRate.BETA, max);
        sendFor(rate, k / 2);
        assertThat(rate.rate()).isEqualTo(max, within(max * 0.05));
        sendFor(rate, 1);
        // Past the plateau it probes above the old maximum, slowly.
        assertThat(rate.rate()).isGreaterThan(max).isLessThan(max * 1.2);
    }

    @Test
    void theLimitTheGatewayNamesBecomesTheCeiling() {
        CubicRate rate = new CubicRate(new RatePlan(10, 200, false), now);
        sendFor(rate, 1.5);
        rate.onThrottle(now, ThrottleHint.perSecond("policy user over ratelimit,limit:50,time:1 second"),
                Optional.empty());
        sendFor(rate, 30);
        assertThat(rate.rate()).isEqualTo(50 * CubicRate.HINT_HEADROOM, within(0.01));
        assertThat(rate.learned()).isEqualTo(50 * CubicRate.HINT_HEADROOM, within(0.01));
    }

    @Test
    void doesNotClimbBeforeRetryAfterHasPassed() {
        CubicRate rate = new CubicRate(new RatePlan(40, 200, true), now);
        sendFor(rate, 1);
        rate.onThrottle(now, Optional.empty(), Optional.of(Duration.ofSeconds(3)));
        double dropped = rate.rate();
        sendFor(rate, 2.9);
        assertThat(rate.rate()).isEqualTo(dropped, within(0.001));
        sendFor(rate, 2);
        assertThat(rate.rate()).isGreaterThan(dropped);
    }

    @Test
    void aLearnedRateStartsOnItsPlateauWithoutSlowStart() {
        CubicRate fresh = new CubicRate(new RatePlan(10, 200, false), now);
        sendFor(fresh, 1.5);
        fresh.onThrottle(now, Optional.empty(), Optional.empty());
        sendFor(fresh, 10);
        double learned = fresh.learned();

        CubicRate next = new CubicRate(new RatePlan(10, 200, false).withLearned(learned), now);
        assertThat(next.inSlowStart()).isFalse();
        assertThat(next.rate()).isEqualTo(learned, within(0.01));
        sendFor(next, 1);
        assertThat(next.rate()).isBetween(learned, learned * 1.1);
    }

    @Test
    void staysWithinTheUsersCeilingAndAboveTheFloor() {
        CubicRate rate = new CubicRate(new RatePlan(5, 8, false), now);
        sendFor(rate, 5);
        assertThat(rate.rate()).isEqualTo(8, within(0.001));
        for (int i = 0; i < 30; i++) {
            now += 2_000_000_000L;
            rate.onThrottle(now, Optional.empty(), Optional.empty());
        }
        assertThat(rate.rate()).isEqualTo(CubicRate.MIN_RATE, within(0.001));
    }

    @Test
    void readsTheGatewaysLimitInItsWords() {
        assertThat(ThrottleHint.perSecond("The throttling threshold has been reached: policy user over "
                + "ratelimit,limit:50,time:1 second")).contains(50.0);
        assertThat(ThrottleHint.perSecond("limit:600,time:1 minute")).contains(10.0);
        assertThat(ThrottleHint.perSecond("Too many requests")).isEmpty();
        assertThat(ThrottleHint.perSecond(null)).isEmpty();
    }
}
