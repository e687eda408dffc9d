package org.ecocorridor.connectivity.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class CorridorCancellationTest {

    /** Cancels as soon as the first core's cost-weighted distance is reported. */
    @Test
    void cancellingStopsThePipelineWithACancellationException() {
        Landscape l = new Landscape(300, 300, 100, 1)
                .core(1, 10, 20, 10, 20).core(2, 10, 20, 150, 160).core(3, 200, 210, 80, 90);
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> messages = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public synchronized void progress(double fraction, String message) {
                messages.add(message);
                if (message.startsWith("Cost-weighted distance")) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> new CorridorNetworkBuilder(pool).build(l.resistanceGrid(), l.coreAreas(),
                    CorridorOptions.defaults(1000), listener)).isInstanceOf(CancellationException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(messages).noneMatch(m -> m.startsWith("Corridor of link"));
    }

    @Test
    void progressRisesToOne() {
        Landscape l = new Landscape(40, 20, 100, 1).core(1, 5, 8, 2, 4).core(2, 5, 8, 30, 33);
        List<Double> fractions = new ArrayList<>();

        new CorridorNetworkBuilder(Runnable::run).build(l.resistanceGrid(), l.coreAreas(), CorridorOptions.defaults(0),
                (f, m) -> fractions.add(f));

        assertThat(fractions).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }
}
