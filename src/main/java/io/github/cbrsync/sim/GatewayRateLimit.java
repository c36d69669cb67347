package io.github.cbrsync.sim;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The gateway's per-user limit: at most N requests in each one-second window, else 429 APIGW.0308. */
final class GatewayRateLimit {
    private final Clock clock;
    private final Map<String, long[]> windows = new HashMap<>();

    GatewayRateLimit(Clock clock) {
        this.clock = clock;
    }

    synchronized void check(String caller, int limitPerSecond) throws SimError {
        if (limitPerSecond <= 0) {
            return;
        }
        long second = clock.millis() / 1000;
        long[] window = windows.computeIfAbsent(caller, k -> new long[] {second, 0});
        if (window[0] != second) {
            window[0] = second;
            window[1] = 0;
        }
        if (++window[1] > limitPerSecond) {
            throw new SimError(429, "APIGW.0308", "The throttling threshold has been reached: policy user over "
                    + "ratelimit,limit:" + limitPerSecond + ",time:1 second");
        }
    }
}
