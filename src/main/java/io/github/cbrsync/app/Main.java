package io.github.cbrsync.app;

/** Entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }
}
