package org.blocwatch.cli;

import org.blocwatch.answers.json.ConflictJson;
import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.Conflict;
import org.blocwatch.answers.ConflictFinder;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.answers.StoredSourceDocuments;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Claims that cannot both hold: incompatible statuses on the same days, different dates for the same "
                + "accession or exit, trade or investment figures further apart than their precision. Each side is shown "
                + "with its source and the number of independent sources saying the same."})
final class ConflictsCommand implements Callable<Integer> {

    @Option(names = "--about", paramLabel = "ID", description = "Only conflicts about this entity (id or any name).") String about;
    @Option(names = "--json", description = "Print JSON.") boolean json;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            String id = about == null ? null : new EntityResolver(store).resolve(about).id();
            AdmittedClaims claims = new AdmittedClaims(store, viewOptions.view());
            List<Conflict> conflicts = new ConflictFinder(claims).find(id);
            Corroboration corroboration = new Corroboration(claims.matching(id == null ? ClaimFilter.all() : ClaimFilter.about(id)),
                    new StoredSourceDocuments(new JdbcDocumentStore(store.connection())));
            if (json) {
                out.println(ClaimJson.write(ConflictJson.of(conflicts, corroboration)));
            } else {
                out.printf("%d conflicts%s%n", conflicts.size(), id == null ? "" : " about " + id);
                for (Conflict c : conflicts) {
                    out.printf("%n[%s] %s: %s%n", c.kind(), c.about(), c.why());
                    Evidence.explain(out, "one side (" + sources(corroboration, c.first()) + ")", c.first());
                    Evidence.explain(out, "other side (" + sources(corroboration, c.second()) + ")", c.second());
                }
            }
            return conflicts.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }

    private static String sources(Corroboration corroboration, Claim c) {
        int n = corroboration.sources(c);
        return n + (n == 1 ? " source" : " independent sources");
    }
}
