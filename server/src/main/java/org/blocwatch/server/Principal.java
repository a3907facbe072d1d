package org.blocwatch.server;

/** Who sends a request: a signed-in account or the holder of its API token. */
public record Principal(String name, Role role, boolean byToken) {}
