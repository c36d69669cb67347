package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppIconsTest {
    @Test
    void eachPlatformGetsTheSizeJavaFxScalesItsWindowIconTo() {
        assertThat(AppIcons.sizeFor("Linux")).isEqualTo(128);
        assertThat(AppIcons.sizeFor("Mac OS X")).isEqualTo(128);
        assertThat(AppIcons.sizeFor("Windows 11")).isEqualTo(32);
    }

    @Test
    void theIconOfEverySizeUsedIsPackaged() {
        for (String os : new String[] {"Linux", "Windows 11"}) {
            assertThat(AppIcons.class.getResource("/io/github/cbrsync/app/icons/icon-" + AppIcons.sizeFor(os) + ".png"))
                    .as(os).isNotNull();
        }
    }
}
