package org.blocwatch.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
    void inputsInWorkOrWaitingNeverHoldMoreBytesThanTheBudgetUnlessOneAloneDoes() {
        // sizes in bytes: small ones, then two that fill the budget together, then one over it
        List<Long> sizes = List.of(10L, 10L, 60L, 50L, 10L, 150L, 10L, 10L);
        AtomicLong inWindow = new AtomicLong(), most = new AtomicLong();
        List<Long> seen = new ArrayList<>();
        InOrderPool.forEach(sizes, 2, "test", Long::longValue, 100, size -> {
            most.accumulateAndGet(inWindow.addAndGet(size), Math::max);
            return size;
        }, size -> {
            inWindow.addAndGet(-size);
            seen.add(size);
        });
        assertThat(seen).isEqualTo(sizes);
        // the 150-byte input goes alone; with it excepted, the window never held over 100 bytes
        assertThat(most.get()).isEqualTo(150);
    }

    @Test
    void smallInputsFillTheWindowOnlyUpToTheBudget() {
        AtomicLong inWindow = new AtomicLong(), most = new AtomicLong();
        InOrderPool.forEach(IntStream.range(0, 50).mapToObj(i -> 30L).toList(), 2, "test", Long::longValue, 100, size -> {
            most.accumulateAndGet(inWindow.addAndGet(size), Math::max);
            return size;
        }, size -> inWindow.addAndGet(-size));
        // three inputs of 30 bytes fit a budget of 100, a fourth does not
        assertThat(most.get()).isLessThanOrEqualTo(90);
    }

    @Test
    void unexpectedFailureOfTheWorkEndsTheRunWithItsCause() {
        assertThatThrownBy(() -> InOrderPool.forEach(List.of(1, 2, 3), 2, "test", i -> {
            if (i == 2) throw new IllegalArgumentException("bad input two");
            return i;
        }, i -> {})).isInstanceOf(IllegalStateException.class).hasMessageContaining("bad input two");
    }
}
