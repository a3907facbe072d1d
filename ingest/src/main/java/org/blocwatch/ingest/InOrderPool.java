package org.blocwatch.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work done on a few threads whose results are handed on in input order: files are read and their
 * claims extracted on every core while storing or printing them stays sequential, and at most a
 * window of finished results waits, so memory does not grow with the number of inputs. The work
 * reports its own expected failures in its result; anything it throws ends the run.
 */
public final class InOrderPool {
    /** Results waiting per thread: enough to keep every thread busy while the consumer is slow. */
    private static final int WINDOW_PER_THREAD = 4;

    private InOrderPool() {}

    public static <I, R> void forEach(List<I> inputs, int threads, String name, Function<I, R> work, Consumer<R> inOrder) {
        int n = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> window = new ArrayDeque<>();
            for (I input : inputs) {
                window.add(pool.submit(() -> work.apply(input)));
                if (window.size() >= n * WINDOW_PER_THREAD) inOrder.accept(take(window));
            }
            while (!window.isEmpty()) inOrder.accept(take(window));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Deque<Future<R>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
