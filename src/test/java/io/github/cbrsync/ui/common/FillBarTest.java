package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class FillBarTest {
    @Test
    void fillsItsWidthInProportionAndNothingAtZero() {
        FillBar bar = new FillBar(60, 10);
        assertThat(bar.filledWidth()).isZero();
        bar.setFraction(0.25);
        assertThat(bar.filledWidth()).isEqualTo(15);
        bar.setFraction(1);
        assertThat(bar.filledWidth()).isEqualTo(60);
        bar.setFraction(0);
        assertThat(bar.filledWidth()).isZero();
        assertThat(bar.getPrefWidth()).isEqualTo(60);
        assertThat(bar.getMaxHeight()).isEqualTo(10);
    }

    @Test
    void aFractionOutsideZeroToOneIsClamped() {
        FillBar bar = new FillBar(70, 8);
        bar.setFraction(1.7);
        assertThat(bar.filledWidth()).isEqualTo(70);
        bar.setFraction(-0.2);
        assertThat(bar.filledWidth()).isZero();
        bar.setFraction(Double.NaN);
        assertThat(bar.filledWidth()).isZero();
    }
}
