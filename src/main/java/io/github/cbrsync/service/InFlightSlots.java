package io.github.cbrsync.service;

/**
 * How many requests of a bulk sync may be on their way at once. The limit is given anew at every acquire
 * (rate x latency, from the send budget), so a far region gets more in flight than a near one and a server
 * that slows down gets fewer: never a constant.
 */
final class InFlightSlots {
    private int inUse;

    /** Blocks until fewer than {@code limit} are in use, then takes one. */
    synchronized void acquire(int limit) throws InterruptedException {
        while (inUse >= Math.max(1, limit)) {
            wait(50);
        }
        inUse++;
    }

    synchronized void release() {
        inUse--;
        notifyAll();
    }

    synchronized int inUse() {
        return inUse;
    }
}
