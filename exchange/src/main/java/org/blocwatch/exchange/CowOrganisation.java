package org.blocwatch.exchange;

/** An organisation of COW's igos.csv: its abbreviation (ioname), names and years of life. */
record CowOrganisation(String ioname, String name, String longName, Integer founded, Integer dissolved) {}
