package io.github.cbrsync.api;

import java.time.Duration;

/**
 * What a connection's adaptive send rate knows right now: the rate it allows, the rate worth remembering for
 * the next start, and the latency it sees. Read by bulk jobs (to size their requests in flight and to show
 * the rate and time left) and by the app (to remember the learned rate per connection).
 */
public interface SendBudget {

    /** Requests per second the connection may send now. */
    double currentRate();

    /** The rate a later start of this connection should begin at: what was reached without throttling. */
    double learnedRate();

    /** Smoothed time from sending a request to its answer. */
    Duration latency();

    /** Requests worth keeping in flight to sustain the current rate: rate x latency with headroom (Little's law). */
    int suggestedInFlight();

    /** Requests sent and requests throttled (429) since the connection opened. */
    long sent();

    long throttled();
}
