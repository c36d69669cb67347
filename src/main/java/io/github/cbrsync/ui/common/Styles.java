package io.github.cbrsync.ui.common;

/** The style classes of app.css that code sets, by name, so a typo is a compile error and not a missing colour. */
public final class Styles {
    public static final String STATUS_OK = "status-ok";
    public static final String STATUS_WARN = "status-warn";
    public static final String STATUS_BAD = "status-bad";
    public static final String STATUS_ACTIVE = "status-active";
    public static final String UNENCRYPTED = "unencrypted";

    private Styles() {
    }
}
