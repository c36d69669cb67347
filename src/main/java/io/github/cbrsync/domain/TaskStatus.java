package io.github.cbrsync.domain;

import java.util.Locale;

/** Status of a CBR operation log (task). Anything the server sends that we do not know maps to UNKNOWN. */
public enum TaskStatus {
    WAITING, RUNNING, SUCCESS, SKIPPED, FAILED, TIMEOUT,
    /** The server sent a status this build does not know; treated as not finished so it keeps being followed. */
    UNKNOWN;

    public boolean isTerminal() {
        return this == SUCCESS || this == SKIPPED || this == FAILED || this == TIMEOUT;
    }

    public boolean isFailure() {
        return this == FAILED || this == TIMEOUT;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (TaskStatus s : values()) {
            if (s.wireName().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
