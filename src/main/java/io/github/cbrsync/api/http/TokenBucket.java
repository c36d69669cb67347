package io.github.cbrsync.api.http;

/**
 * Tokens that fill at the current send rate, with room for only a tenth of a second's worth: a gateway
 * that counts requests per second must not see a burst on top of the rate. Pure arithmetic on a supplied
 * clock; {@link SendRate} guards it.
 */
final class TokenBucket {
    static final double BURST_SECONDS = 0.1;

    private double tokens = 1;
    private long last;

    TokenBucket(long now) {
        this.last = now;
    }

    /** Takes a token: 0 when one was taken, otherwise the nanoseconds until one will be there. */
    long take(long now, double rate) {
        long wait = wait(now, rate);
        if (wait == 0) {
            tokens -= 1;
        }
        return wait;
    }

    /** Nanoseconds until a token will be there, without taking it. */
    long wait(long now, double rate) {
        refill(now, rate);
        return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / rate * 1e9));
    }

    /** After a throttle: whatever had accumulated by {@code now} is not spent in a burst. */
    void drain(long now) {
        tokens = Math.min(tokens, 0);
        last = Math.max(last, now);
    }

    private void refill(long now, double rate) {
        double capacity = Math.max(1, rate * BURST_SECONDS);
        tokens = Math.min(capacity, tokens + Math.max(0, now - last) / 1e9 * rate);
        last = now;
    }
}
