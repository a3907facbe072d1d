package org.blocwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A trade figure between two parties (states, groups, {@code members:ORG}). With
 * {@code measure = "growth"} the value is a percentage and the currency "%".
 */
public record Trade(List<String> between, BigDecimal value, String currency, Period period,
                    Qualifier qualifier, String measure) implements ClaimBody {

    public Trade {
        between = List.copyOf(between);
        Objects.requireNonNull(value, "value");
    }

    @Override public ClaimType type() { return ClaimType.TRADE; }

    @Override public List<String> entityIds() { return between; }
}
