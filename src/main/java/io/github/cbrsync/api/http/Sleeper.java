package io.github.cbrsync.api.http;

import java.time.Duration;

/** Waiting, made replaceable so retry and rate-limit tests do not spend real time. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
