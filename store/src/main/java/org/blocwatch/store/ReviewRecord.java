package org.blocwatch.store;

import java.time.Instant;

/** One entry of a claim's review history: the state it was given, when, by whom (null: before accounts) and why. */
public record ReviewRecord(String state, Instant at, String reviewer, String note) {}
