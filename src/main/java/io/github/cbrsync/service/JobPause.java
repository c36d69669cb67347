package io.github.cbrsync.service;

/** Why a bulk sync stopped sending for now. */
public enum JobPause {
    /** The user paused it. */
    USER,
    /** The service refused the credentials or a permission: sending on would only fail (and lock the key). */
    AUTHENTICATION,
    /** The window is asking the user something about it (switching connections): nothing goes out meanwhile. */
    QUESTION
}
