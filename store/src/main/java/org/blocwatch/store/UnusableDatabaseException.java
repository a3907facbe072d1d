package org.blocwatch.store;

/**
 * The path given for a knowledge base cannot be one: a folder, a file that is not an SQLite
 * database, a place that cannot be created. The user's input, not a failure of blocwatch.
 */
public final class UnusableDatabaseException extends StoreException {
    public UnusableDatabaseException(String message) { super(message); }
    public UnusableDatabaseException(String message, Throwable cause) { super(message, cause); }
}
