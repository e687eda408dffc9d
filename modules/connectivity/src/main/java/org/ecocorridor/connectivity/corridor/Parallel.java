package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs tasks on an injected executor and returns their results in submission order (so output order
 * never depends on scheduling). The first failure is rethrown unwrapped after all tasks have finished.
 *
 * <p>Thread-safe: stateless.
 */
final class Parallel {

    private Parallel() {
    }

    static <T> List<T> supply(List<Supplier<T>> tasks, Executor executor) {
        List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
        for (Supplier<T> task : tasks) {
            futures.add(CompletableFuture.supplyAsync(task, executor));
        }
        List<T> results = new ArrayList<>(tasks.size());
        RuntimeException failure = null;
        for (CompletableFuture<T> f : futures) {
            try {
                results.add(f.join());
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                if (failure == null) {
                    failure = unwrap(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    static void run(List<Runnable> tasks, Executor executor) {
        List<Supplier<Void>> suppliers = new ArrayList<>(tasks.size());
        for (Runnable r : tasks) {
            suppliers.add(() -> {
                r.run();
                return null;
            });
        }
        supply(suppliers, executor);
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("Corridor task failed: " + cause, cause);
    }
}
