package io.github.cbrsync.store;

import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.TaskError;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each string that repeats across the rows of a journal while it is read (by several threads), and
 * of each error and set of counters. Bounded, so a journal of unique strings costs no more than it would without
 * it.
 */
final class StringPool {
    private static final int MAX = 50_000;
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, TaskError> errors = new ConcurrentHashMap<>();
    private final Map<SyncCounters, SyncCounters> counters = new ConcurrentHashMap<>();

    String of(String s) {
        String known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (strings.size() < MAX) {
            known = strings.putIfAbsent(s, s);
        }
        return known == null ? s : known;
    }

    TaskError error(String code, String message) {
        String key = code + '\u0000' + message;
        TaskError known = errors.get(key);
        if (known != null) {
            return known;
        }
        TaskError e = new TaskError(of(code), of(message));
        if (errors.size() < MAX) {
            known = errors.putIfAbsent(key, e);
        }
        return known == null ? e : known;
    }

    /** Most rows share their counters (a few restore points synchronized, none failed): one object for each. */
    SyncCounters counters(int synced, int deleted, int failed) {
        SyncCounters c = new SyncCounters(synced, deleted, failed);
        if (c.equals(SyncCounters.NONE)) {
            return SyncCounters.NONE;
        }
        SyncCounters known = counters.get(c);
        if (known == null && counters.size() < MAX) {
            known = counters.putIfAbsent(c, c);
        }
        return known == null ? c : known;
    }
}
