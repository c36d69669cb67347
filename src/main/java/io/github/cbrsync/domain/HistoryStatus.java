package io.github.cbrsync.domain;

/**
 * State of a row in the task history: the task's own status once there is a task, or what happened to
 * the request that was meant to create one.
 */
public enum HistoryStatus {
    /** The sync request is on its way; no task ID yet. */
    REQUESTING,
    /** The answer to the request was unclear (cut off, gateway error): the task list is being checked. */
    CHECKING,
    WAITING, RUNNING, SUCCESS, SKIPPED, FAILED, TIMEOUT,
    /** The server refused the sync request; no task exists. */
    REQUEST_FAILED,
    /** The task list proved that no task was created (the app stopped before it knew): can be sent again. */
    NOT_SENT,
    /** Whether a task was created could not be decided: the task list itself stayed out of reach. */
    OUTCOME_UNKNOWN,
    /** The task exists but could not be followed (for example it vanished or access was lost). */
    NOT_FOLLOWED;

    public static HistoryStatus of(TaskStatus status) {
        return switch (status) {
            case WAITING -> WAITING;
            case RUNNING, UNKNOWN -> RUNNING;
            case SUCCESS -> SUCCESS;
            case SKIPPED -> SKIPPED;
            case FAILED -> FAILED;
            case TIMEOUT -> TIMEOUT;
        };
    }

    /** Nothing more will change for this row. */
    public boolean isFinal() {
        return this != REQUESTING && this != CHECKING && this != WAITING && this != RUNNING;
    }

    public boolean isProblem() {
        return this == FAILED || this == TIMEOUT || this == REQUEST_FAILED || this == OUTCOME_UNKNOWN
                || this == NOT_FOLLOWED || this == NOT_SENT;
    }

    /** A state the server decided (the task ended), as opposed to a refusal or a request's fate. */
    public boolean isServerOutcome() {
        return this == SUCCESS || this == SKIPPED || this == FAILED || this == TIMEOUT;
    }
}
