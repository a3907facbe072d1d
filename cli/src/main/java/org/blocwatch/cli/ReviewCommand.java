package org.blocwatch.cli;

import org.blocwatch.answers.ClaimReview;
import org.blocwatch.answers.StoredSourceDocuments;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Walk through extracted claims awaiting review: accept, reject, edit a field (recorded as a new, "
                + "accepted claim; the old one is rejected and retracted) or skip. Answers are read line by line from stdin.",
                "For scripts: 'review accept CLAIM...' and 'review reject CLAIM...'."},
        subcommands = {ReviewAcceptCommand.class, ReviewRejectCommand.class})
final class ReviewCommand implements Callable<Integer> {

    @Option(names = "--doc", paramLabel = "D", description = "Only claims from this document.") String doc;
    @Option(names = "--type", paramLabel = "T", description = "Only claims of this type: membership, event, trade, investment, office, poll.") String type;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        ClaimType only = type == null ? null : ClaimType.fromWire(type);
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            ClaimReview review = new ClaimReview(store, Clock.systemUTC());
            List<Claim> proposed = review.proposed(doc, only);
            out.printf("%d claims await review%n", proposed.size());
            if (proposed.isEmpty()) return ExitCodes.NOTHING_FOUND;
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ReviewWalk(review, new StoredSourceDocuments(new JdbcDocumentStore(store.connection())), in, out).walk(proposed);
            return ExitCodes.OK;
        }
    }
}
