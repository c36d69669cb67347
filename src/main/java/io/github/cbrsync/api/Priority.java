package io.github.cbrsync.api;

/**
 * Which queue a request waits in for its connection's send budget. Everything a person is looking at
 * (a click, the vault list, following tasks) goes before the requests of a bulk sync, so a bulk sync of
 * thousands never starves the window, and the few requests of following never hold a bulk sync back.
 */
public enum Priority {
    NORMAL,
    BULK
}
