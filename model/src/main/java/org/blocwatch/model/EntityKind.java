package org.blocwatch.model;

/** What an entity is. Formats are summit formats without a charter (CIS+, Russia–Central Asia). */
public enum EntityKind { STATE, ORGANISATION, FORMAT, GROUP, PERSON, PLACE }
