package org.blocwatch.cli;

import org.blocwatch.answers.json.StatusJson;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.StatusAnswer;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The status of one state or organisation in an organisation on a date, with supporting and contradicting claims.")
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUBJECT", description = "State or organisation: id or any name (Kasachstan, KAZ, Казахстан).")
    String subject;

    @Parameters(index = "1", paramLabel = "ORG", description = "Organisation or format: id or any name (EAWU, CSTO ...).")
    String org;

    @Option(names = "--at", required = true, paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.") String at;

    @Mixin OutputOptions output;
    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PartialDate date = PartialDate.parse(at);
        var out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            EntityResolver resolver = new EntityResolver(store);
            Entity who = resolver.resolve(subject, EntityKind.STATE, EntityKind.ORGANISATION);
            Entity where = resolver.resolve(org, EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP);
            StatusAnswer s = new MembershipQuery(store, viewOptions.view()).status(who.id(), where.id(), date);
            if (output.json) {
                out.println(ClaimJson.write(StatusJson.of(s, store)));
            } else {
                out.printf("%s (%s) in %s (%s) on %s: %s%s%n", who.id(), who.label(), where.id(), where.label(), date,
                        s.status() == null ? "no status" : s.status().wire(), s.uncertain() ? " (uncertain)" : "");
                if (s.status() != null)
                    out.printf("  span: %s \u2013 %s%n", s.from() == null ? "?" : s.from(), s.to() == null ? "" : s.to());
                if (output.explain) {
                    Evidence.explain(out, s);
                } else {
                    s.supporting().forEach(c -> out.println("  supported by: " + Evidence.cite(c)));
                    s.contradicting().forEach(c -> out.println("  contradicted by: " + Evidence.cite(c)));
                }
            }
            return s.status() == null ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }
}
