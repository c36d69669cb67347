package io.github.cbrsync.sim;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;

/** The most recent requests, bounded so a long demo session does not grow without end. */
public final class RequestLog {
    private static final int CAPACITY = 20_000;
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

    synchronized void add(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> filter) {
        return requests.stream().filter(filter).toList();
    }

    public List<RecordedRequest> syncs() {
        return matching(RecordedRequest::isSync);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
