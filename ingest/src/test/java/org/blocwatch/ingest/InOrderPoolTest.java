package org.blocwatch.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InOrderPoolTest {

    @Test
    void resultsArriveInInputOrderWhateverOrderTheWorkEnds() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        InOrderPool.forEach(inputs, 3, "test", i -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 2;
        }, seen::add);
        assertThat(seen).isEqualTo(inputs.stream().map(i -> i * 2).toList());
    }

    @Test
    void noMoreThanAWindowOfResultsWaitsForTheConsumer() {
        AtomicInteger started = new AtomicInteger(), consumed = new AtomicInteger(), mostAhead = new AtomicInteger();
        InOrderPool.forEach(IntStream.range(0, 100).boxed().toList(), 2, "test", i -> {
            mostAhead.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
            return i;
        }, i -> consumed.incrementAndGet());
        assertThat(consumed).hasValue(100);
        assertThat(mostAhead.get()).isLessThanOrEqualTo(2 * 4 + 1);
    }

    @Test
    void unexpectedFailureOfTheWorkEndsTheRunWithItsCause() {
        assertThatThrownBy(() -> InOrderPool.forEach(List.of(1, 2, 3), 2, "test", i -> {
            if (i == 2) throw new IllegalArgumentException("bad input two");
            return i;
        }, i -> {})).isInstanceOf(IllegalStateException.class).hasMessageContaining("bad input two");
    }
}
