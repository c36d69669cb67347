package io.github.cbrsync.api;

/**
 * Asked right before a request goes out (after it got its turn in the send budget): a bulk sync that is
 * paused holds its requests here, and one that was cancelled stops them, so nothing is sent that the user
 * did not want sent. A refused request fails with kind CANCELLED and never reaches the server.
 */
@FunctionalInterface
public interface SendPermit {
    SendPermit ALWAYS = () -> true;

    /** Blocks while sending is paused; false when the request must not be sent at all. */
    boolean awaitPermission() throws InterruptedException;
}
