package io.github.cbrsync.api.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * Records whether a call began writing its request. A failure before that point (DNS, connect, TLS) means
 * the server never saw the request, so even a POST may be sent again; after it, a POST's outcome is unknown.
 */
final class SendTracker {
    private final AtomicBoolean started = new AtomicBoolean();

    boolean requestMayHaveReachedServer() {
        return started.get();
    }

    /** The listener factory the client installs; it finds the tracker attached to the request as a tag. */
    static EventListener.Factory listenerFactory() {
        return call -> new EventListener() {
            @Override
            public void requestHeadersStart(Call c) {
                mark(c.request());
            }

            @Override
            public void requestFailed(Call c, IOException ioe) {
                mark(c.request());
            }
        };
    }

    private static void mark(Request request) {
        SendTracker tracker = request.tag(SendTracker.class);
        if (tracker != null) {
            tracker.started.set(true);
        }
    }
}
