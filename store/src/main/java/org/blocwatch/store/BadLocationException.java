package org.blocwatch.store;

/** A knowledge base location that is malformed or cannot be reached: the user's input, not a failure of the store. */
public final class BadLocationException extends StoreException {
    public BadLocationException(String message) { super(message); }

    public BadLocationException(String message, Throwable cause) { super(message, cause); }
}
