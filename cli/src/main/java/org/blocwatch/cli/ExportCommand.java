package org.blocwatch.cli;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write claims in an exchange format (jsonl: shared/eval/SCHEMA.md, one claim a line).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (default).")
    String format;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!"jsonl".equals(format)) throw new IllegalArgumentException("unknown export format '" + format + "' (one of: jsonl)");
        var out = spec.commandLine().getOut();
        var view = viewOptions.view();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            List<Claim> claims = store.claims(ClaimFilter.all()).stream().filter(c -> view.admits(c, store)).toList();
            claims.forEach(c -> out.println(ClaimJson.write(ClaimJson.claim(c))));
            return claims.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
        }
    }
}
