package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.PartialDate;

/**
 * One span in an entity's history: a membership (what = status) or an office (what = role).
 * {@code subject} is the member or office holder, {@code object} the organisation or state.
 */
public record TimelineEntry(String kind, String subject, String object, String what,
                            PartialDate from, PartialDate to, Claim claim) {}
