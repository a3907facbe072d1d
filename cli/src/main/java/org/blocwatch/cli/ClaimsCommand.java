package org.blocwatch.cli;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Every claim about an entity with its provenance.")
final class ClaimsCommand implements Callable<Integer> {

    @Option(names = "--about", required = true, paramLabel = "ID", description = "Entity id or any name.") String about;
    @Option(names = "--json", description = "Print JSON Lines in the exchange format.") boolean json;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var view = viewOptions.view();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Entity e = new EntityResolver(store).resolve(about);
            List<Claim> claims = view.claims(store, ClaimFilter.about(e.id()));
            if (json) {
                claims.forEach(c -> out.println(ClaimJson.write(ClaimJson.claim(c))));
            } else {
                out.printf("%s (%s): %d claims%n", e.id(), e.label(), claims.size());
                claims.forEach(c -> Evidence.explain(out, "-", c));
            }
            return claims.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }
}
