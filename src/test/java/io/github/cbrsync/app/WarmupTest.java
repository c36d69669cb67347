package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The warm-up thread never initialises a control class: the first one initialised puts JavaFX's default theme
 * on from the FX queue, and from the warm-up thread that came after the app's own theme on some starts.
 */
class WarmupTest {
    @Test
    void theWarmUpLeavesTheControlClassesUninitialised() throws Exception {
        Process child = ChildJvm.command(WarmupChild.class, List.of("-Dcbrsync.warmup=true")).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).as(err).isEqualTo("first");
    }
}
