package org.blocwatch.cli;

import org.blocwatch.query.UnknownEntityException;
import org.blocwatch.reference.CuratedDataException;
import org.blocwatch.store.BadLocationException;
import org.blocwatch.store.StoreException;
import org.blocwatch.store.UnusableDatabaseException;
import picocli.CommandLine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns exceptions into one-line messages: a user's mistake is never a stack trace. Only a
 * failure of blocwatch itself prints more, and only with BLOCWATCH_DEBUG set.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {

    private static final int LONGEST_WORD = 80;
    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}");

    /**
     * A message with every over-long word cut to its start and its length: an argument of 100 kB
     * (a file pasted by mistake) is named, not echoed back whole.
     */
    static String shorten(String message) {
        if (message == null) return "";
        return LONG_WORD.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
                m.group().substring(0, LONGEST_WORD / 2) + "\u2026 (" + m.group().length() + " characters)"));
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (ex instanceof UnknownEntityException || ex instanceof IllegalArgumentException || ex instanceof BadLocationException
                || ex instanceof UnusableDatabaseException) {
            err.println("blocwatch: " + shorten(ex.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof CuratedDataException) {
            err.println("blocwatch: " + shorten(ex.getMessage()));
            return ExitCodes.FAILURE;
        }
        String what = ex instanceof StoreException ? "" : ex.getClass().getSimpleName() + ": ";
        err.println("blocwatch: " + what + shorten(ex.getMessage()));
        if (System.getenv("BLOCWATCH_DEBUG") != null) ex.printStackTrace(err);
        return ExitCodes.FAILURE;
    }
}
