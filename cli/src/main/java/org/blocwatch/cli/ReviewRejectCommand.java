package org.blocwatch.cli;

import org.blocwatch.answers.ClaimReview;
import org.blocwatch.model.Claim;

import picocli.CommandLine.Command;

@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject claims: no answer rests on them from now on.")
final class ReviewRejectCommand extends ReviewDecision {
    @Override Claim decide(ClaimReview review, String claimId) { return review.reject(claimId); }
}
