package io.github.cbrsync.store;

import io.github.cbrsync.domain.TaskError;
import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each string that repeats across the rows of a journal while it is read. Bounded, so a journal
 * of unique strings costs no more than it would without it.
 */
final class StringPool {
    private static final int MAX = 50_000;
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, TaskError> errors = new HashMap<>();

    String of(String s) {
        String known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (strings.size() < MAX) {
            strings.put(s, s);
        }
        return s;
    }

    TaskError error(String code, String message) {
        String key = code + '\u0000' + message;
        TaskError known = errors.get(key);
        if (known != null) {
            return known;
        }
        TaskError e = new TaskError(of(code), of(message));
        if (errors.size() < MAX) {
            errors.put(key, e);
        }
        return e;
    }
}
