package org.blocwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Investment flowing from one party to another. */
public record Investment(String from, String to, BigDecimal value, String currency, Period period,
                         Qualifier qualifier) implements ClaimBody {

    public Investment { Objects.requireNonNull(value, "value"); }

    @Override public ClaimType type() { return ClaimType.INVESTMENT; }

    @Override public List<String> entityIds() { return List.of(from, to); }
}
