package org.blocwatch.cli;

/** What a blocwatch process tells its caller. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The question was fine but nothing answers it. */
    public static final int NOTHING_FOUND = 1;
    /** A malformed date, an unknown name, a bad option: the user's input. */
    public static final int BAD_INPUT = 2;
    /** blocwatch itself failed (an unreadable store, a full disk). */
    public static final int FAILURE = 3;

    private ExitCodes() {}
}
