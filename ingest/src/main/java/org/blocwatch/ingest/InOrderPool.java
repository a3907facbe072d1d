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
import java.util.function.ToLongFunction;

/**
 * Work done on a few threads whose results are handed on in input order: files are read and their
 * claims extracted on every core while storing or printing them stays sequential. At most a
 * window of inputs is in work or waiting, counted in inputs and in bytes, so memory grows neither
 * with the number of inputs nor with several big ones at once: an input that would take the
 * window over its bytes waits until earlier results are handed on (alone, it always goes). The work
 * reports its own expected failures in its result; anything it throws ends the run.
 */
public final class InOrderPool {
    /** Results waiting per thread: enough to keep every thread busy while the consumer is slow. */
    private static final int WINDOW_PER_THREAD = 4;

    private InOrderPool() {}

    private record Pending<R>(Future<R> result, long bytes) {}

    /** {@link #forEach(List, int, String, ToLongFunction, long, Function, Consumer)} with inputs counted only. */
    public static <I, R> void forEach(List<I> inputs, int threads, String name, Function<I, R> work, Consumer<R> inOrder) {
        forEach(inputs, threads, name, input -> 0, Long.MAX_VALUE, work, inOrder);
    }

    /** Runs {@code work} on each input on {@code threads} threads, with at most {@code budget} bytes of input (by {@code bytes}) in the window. */
    public static <I, R> void forEach(List<I> inputs, int threads, String name, ToLongFunction<I> bytes, long budget,
                                      Function<I, R> work, Consumer<R> inOrder) {
        int n = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending<R>> window = new ArrayDeque<>();
            long held = 0;
            for (I input : inputs) {
                long size = bytes.applyAsLong(input);
                while (!window.isEmpty() && (window.size() >= n * WINDOW_PER_THREAD || held + size > budget)) {
                    Pending<R> done = window.poll();
                    held -= done.bytes();
                    inOrder.accept(take(done.result()));
                }
                window.add(new Pending<>(pool.submit(() -> work.apply(input)), size));
                held += size;
            }
            while (!window.isEmpty()) inOrder.accept(take(window.poll().result()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<R> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
