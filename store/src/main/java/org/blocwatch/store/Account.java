package org.blocwatch.store;

/** A user of the server: name, role (reader, reviewer, admin) and the hash of the password. */
public record Account(String name, String role, String passwordHash) {}
