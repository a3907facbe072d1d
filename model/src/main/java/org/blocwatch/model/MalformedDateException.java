package org.blocwatch.model;

/** A date written in a form blocwatch cannot read; the message names the offending text. */
public class MalformedDateException extends IllegalArgumentException {
    public MalformedDateException(String message) { super(message); }
}
