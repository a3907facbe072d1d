package org.blocwatch.exchange;

import org.blocwatch.model.MembershipStatus;

/**
 * Years in which the curated history and a dataset give a state different statuses in an
 * organisation; a null status means that side gives none.
 */
public record SourceDisagreement(String subject, int fromYear, int toYear, MembershipStatus curated,
                                 MembershipStatus dataset) {}
