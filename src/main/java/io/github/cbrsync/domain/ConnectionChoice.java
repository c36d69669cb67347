package io.github.cbrsync.domain;

/** A connection as a menu or a list shows it: its identity and its label in the user's language. */
public record ConnectionChoice(ConnectionId id, String label) {
}
