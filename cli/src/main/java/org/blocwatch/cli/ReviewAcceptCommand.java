package org.blocwatch.cli;

import org.blocwatch.answers.ClaimReview;
import org.blocwatch.model.Claim;

import picocli.CommandLine.Command;

@Command(name = "accept", mixinStandardHelpOptions = true, description = "Accept claims: answers may rest on them from now on.")
final class ReviewAcceptCommand extends ReviewDecision {
    @Override Claim decide(ClaimReview review, String claimId) { return review.accept(claimId); }
}
