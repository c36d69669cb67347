package io.github.cbrsync.domain;

/** An IAM project; CBR calls are scoped to its id. */
public record Project(String id, String name) {
}
