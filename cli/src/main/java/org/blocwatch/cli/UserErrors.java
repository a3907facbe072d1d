package org.blocwatch.cli;

import org.blocwatch.query.UnknownEntityException;
import org.blocwatch.reference.CuratedDataException;
import org.blocwatch.store.StoreException;
import org.blocwatch.store.UnusableDatabaseException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages: a user's mistake is never a stack trace. Only a
 * failure of blocwatch itself prints more, and only with BLOCWATCH_DEBUG set.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (ex instanceof UnknownEntityException || ex instanceof IllegalArgumentException || ex instanceof UnusableDatabaseException) {
            err.println("blocwatch: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof CuratedDataException) {
            err.println("blocwatch: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        String what = ex instanceof StoreException ? "" : ex.getClass().getSimpleName() + ": ";
        err.println("blocwatch: " + what + ex.getMessage());
        if (System.getenv("BLOCWATCH_DEBUG") != null) ex.printStackTrace(err);
        return ExitCodes.FAILURE;
    }
}
