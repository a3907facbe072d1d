package org.blocwatch.model;

import java.util.List;

/** What a claim says, one record per claim type of the exchange format. */
public sealed interface ClaimBody
        permits Membership, Event, Trade, Investment, Office, Poll {

    ClaimType type();

    /** Every entity id the claim is about, for "--about" look-ups. */
    List<String> entityIds();
}
