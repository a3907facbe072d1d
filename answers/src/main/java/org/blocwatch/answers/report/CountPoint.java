package org.blocwatch.answers.report;

import java.time.LocalDate;

/** A count on a day: members of an organisation, or organisations a state belonged to. */
public record CountPoint(LocalDate day, int count) {}
