package org.blocwatch.cli;

import org.blocwatch.answers.json.StatusJson;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.MembershipStatus;
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

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "members", mixinStandardHelpOptions = true,
        description = "Who belonged to an organisation or format on a date, in which status, and who says so.")
final class MembersCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or any name or abbreviation (CSTO, OVKS, ОДКБ ...).")
    String org;

    @Option(names = "--at", required = true, paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String at;

    @Option(names = "--status", paramLabel = "S", description = "Only this status: member, associate, observer, partner, applicant, suspended.")
    String status;


    @Mixin OutputOptions output;
    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PartialDate date = PartialDate.parse(at);
        MembershipStatus only = status == null ? null : MembershipStatus.fromWire(status);
        var out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            EntityResolver resolver = new EntityResolver(store);
            Entity organisation = resolver.resolve(org, EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP);
            List<StatusAnswer> answers = new MembershipQuery(store, viewOptions.view()).members(organisation.id(), date, only);
            if (output.json) {
                out.println(ClaimJson.write(StatusJson.members(answers, store)));
            } else {
                out.printf("%s (%s) on %s: %d %s%n", organisation.id(), organisation.label(), date, answers.size(),
                        only == null ? "with a status" : only.wire());
                for (StatusAnswer s : answers) {
                    String name = store.entity(s.subject()).map(Entity::label).orElse(s.subject());
                    out.printf("  %-8s %-28s %-10s %-10s %-10s %s%s%n", s.subject(), name, s.status().wire(),
                            s.from() == null ? "" : s.from(), s.to() == null ? "" : s.to(),
                            s.uncertain() ? "(uncertain) " : "",
                            Evidence.cite(s.supporting().get(0)) + (s.supporting().size() > 1 ? " (+" + (s.supporting().size() - 1) + " more)" : ""));
                    if (output.explain) {
                        Evidence.explain(out, s);
                    }
                }
            }
            return answers.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }
}
