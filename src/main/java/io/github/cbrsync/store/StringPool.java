package io.github.cbrsync.store;

import io.github.cbrsync.domain.TaskError;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each string that repeats across the rows of a journal while it is read (by several threads).
 * Bounded, so a journal of unique strings costs no more than it would without it.
 */
final class StringPool {
    private static final int MAX = 50_000;
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, TaskError> errors = new ConcurrentHashMap<>();

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
}
