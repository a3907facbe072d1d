package org.blocwatch.ingest.read;

/**
 * A file that cannot be taken in: empty, binary, corrupt, encrypted, too large. The message is
 * one line for the user, naming the file and what is wrong with it.
 */
public class DocumentException extends Exception {
    public DocumentException(String message) { super(message); }
    public DocumentException(String message, Throwable cause) { super(message, cause); }
}
