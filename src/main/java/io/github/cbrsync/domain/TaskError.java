package io.github.cbrsync.domain;

/** error_info of a task, or the error of a request that never produced a task. */
public record TaskError(String code, String message) {
}
