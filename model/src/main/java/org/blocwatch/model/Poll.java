package org.blocwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A share of a population answering a question a certain way. */
public record Poll(String population, String question, BigDecimal value, DateRef at) implements ClaimBody {

    public Poll { Objects.requireNonNull(value, "value"); }

    @Override public ClaimType type() { return ClaimType.POLL; }

    @Override public List<String> entityIds() { return List.of(population); }
}
