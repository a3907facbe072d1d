package org.blocwatch.cli;

import org.blocwatch.answers.ClaimReview;
import org.blocwatch.model.Claim;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A review decision on claims named by id, for scripts. All ids are checked before any decision
 * is recorded, so a typo in the fifth id does not leave four decided.
 */
abstract class ReviewDecision implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CLAIM", description = "Claim ids.") List<String> ids;
    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    abstract Claim decide(ClaimReview review, String claimId);

    @Override
    public Integer call() {
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            for (String id : ids)
                if (store.claim(id).isEmpty()) throw new IllegalArgumentException("no claim with id " + id);
            ClaimReview review = new ClaimReview(store, Clock.systemUTC());
            store.inTransaction(() -> ids.forEach(id -> {
                Claim c = decide(review, id);
                spec.commandLine().getOut().printf("%s %s%n", c.id(), c.review().wire());
            }));
        }
        return ExitCodes.OK;
    }
}
