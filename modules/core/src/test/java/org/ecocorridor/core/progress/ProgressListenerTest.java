package org.ecocorridor.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    @Test
    void rangeMapsStepFractionsIntoTheParentRange() {
        List<Double> seen = new ArrayList<>();
        ProgressListener parent = (f, m) -> seen.add(f);

        ProgressListener step = parent.range(0.2, 0.6);
        step.progress(0, "a");
        step.progress(0.5, "b");
        step.progress(1, "c");
        step.progress(7, "clamped");

        assertThat(seen).containsExactly(0.2, 0.4, 0.6, 0.6);
    }

    @Test
    void cancellationIsDelegatedAndThrown() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThat(cancelled.range(0, 0.5).isCancelled()).isTrue();
        assertThatThrownBy(cancelled::throwIfCancelled).isInstanceOf(CancellationException.class);
        ProgressListener.NONE.throwIfCancelled();
    }

    @Test
    void rejectsAnInvertedRange() {
        assertThatThrownBy(() -> ProgressListener.NONE.range(0.7, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.7");
    }
}
