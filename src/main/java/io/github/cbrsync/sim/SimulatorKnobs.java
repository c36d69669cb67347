package io.github.cbrsync.sim;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Faults and limits that can be turned while the simulator runs (tests, demos of bad days). Rates are
 * probabilities per request, 0..1.
 */
public final class SimulatorKnobs {
    /** A fault dealt to one sync request, in order, whatever the random rates say (deterministic tests). */
    public enum SyncFault {
        /** A proxy's HTML 502, before the request reaches CBR: no task is created. */
        HTML_502,
        /** A JSON 500 before the request is carried out: no task is created. */
        SERVER_ERROR,
        /** The task is created, then the connection drops before the answer. */
        LOST_ANSWER
    }

    private final Queue<SyncFault> nextSyncFaults = new ConcurrentLinkedQueue<>();
    private volatile boolean taskListDown;
    private volatile Duration taskListLag = Duration.ZERO;
    private volatile Duration latency = Duration.ZERO;
    private volatile double serverErrorRate;
    private volatile double connectionResetRate;
    private volatile double html502Rate;
    private volatile int gatewayRateLimitPerSecond;
    private volatile double lostSyncAnswerRate;

    public Duration latency() {
        return latency;
    }

    public SimulatorKnobs latency(Duration value) {
        latency = value;
        return this;
    }

    public double serverErrorRate() {
        return serverErrorRate;
    }

    /** Share of requests answered 500 with a CBR error body (before they are processed). */
    public SimulatorKnobs serverErrorRate(double value) {
        serverErrorRate = value;
        return this;
    }

    public double connectionResetRate() {
        return connectionResetRate;
    }

    /** Share of requests that are processed and then cut off mid-response. */
    public SimulatorKnobs connectionResetRate(double value) {
        connectionResetRate = value;
        return this;
    }

    public double html502Rate() {
        return html502Rate;
    }

    /** Share of requests answered by a proxy-style HTML 502 page (before they are processed). */
    public SimulatorKnobs html502Rate(double value) {
        html502Rate = value;
        return this;
    }

    public int gatewayRateLimitPerSecond() {
        return gatewayRateLimitPerSecond;
    }

    /** Requests per second per access key before 429 APIGW.0308; 0 turns the limit off. */
    public SimulatorKnobs gatewayRateLimitPerSecond(int value) {
        gatewayRateLimitPerSecond = value;
        return this;
    }

    public double lostSyncAnswerRate() {
        return lostSyncAnswerRate;
    }

    /** Share of sync requests that are carried out and then cut off: the case of an unknown outcome. */
    public SimulatorKnobs lostSyncAnswerRate(double value) {
        lostSyncAnswerRate = value;
        return this;
    }

    /** The next sync requests meet these faults, one each, before any random fault is drawn. */
    public SimulatorKnobs failNextSyncs(SyncFault... faults) {
        nextSyncFaults.addAll(java.util.List.of(faults));
        return this;
    }

    SyncFault nextSyncFault() {
        return nextSyncFaults.poll();
    }

    public boolean taskListDown() {
        return taskListDown;
    }

    /** While true, ListOpLogs answers 503 (ShowOpLog and the rest still work). */
    public SimulatorKnobs taskListDown(boolean value) {
        taskListDown = value;
        return this;
    }

    public Duration taskListLag() {
        return taskListLag;
    }

    /** ListOpLogs leaves out tasks younger than this, as an eventually consistent list may. */
    public SimulatorKnobs taskListLag(Duration value) {
        taskListLag = value;
        return this;
    }

    public SimulatorKnobs reset() {
        nextSyncFaults.clear();
        return latency(Duration.ZERO).serverErrorRate(0).connectionResetRate(0).html502Rate(0)
                .gatewayRateLimitPerSecond(0).lostSyncAnswerRate(0).taskListDown(false).taskListLag(Duration.ZERO);
    }
}
