package io.github.cbrsync.app;

/**
 * Runs the warm-up in a JVM whose JavaFX toolkit never started, then initialises javafx.scene.control.Control
 * itself and prints how that went. Control's static initialiser asks the (absent) toolkit to put JavaFX's default
 * theme on, and fails: "first" when this is the first attempt (the warm-up, gone through to its end, left
 * Control alone), "again" when the warm-up had already run it.
 */
public final class WarmupChild {
    private WarmupChild() {
    }

    public static void main(String[] args) throws Exception {
        if (!Warmup.run()) {
            System.out.println("warm-up stopped early");
            return;
        }
        try {
            Class.forName("javafx.scene.control.Control");
            System.out.println("initialised");
        } catch (ExceptionInInitializerError first) {
            System.out.println("first");
        } catch (NoClassDefFoundError again) {
            System.out.println("again");
        }
    }
}
