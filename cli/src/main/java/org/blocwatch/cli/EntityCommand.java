package org.blocwatch.cli;

import org.blocwatch.model.Alias;
import org.blocwatch.model.Entity;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.stream.Collectors;
import java.util.concurrent.Callable;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Resolve any name, abbreviation, inflected form, capital or demonym (German, English, Russian) to its entity.")
final class EntityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", arity = "1..*", description = "The name (several words are joined).")
    java.util.List<String> words;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Entity e = new EntityResolver(store).resolve(String.join(" ", words));
            out.printf("%s  %s  (%s)%n", e.id(), e.label(), e.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!e.codes().isEmpty()) out.println("  codes: " + e.codes());
            var byKind = e.aliases().stream().collect(Collectors.groupingBy(Alias::kind, java.util.TreeMap::new,
                    Collectors.mapping(a -> a.lang() == null ? a.text() : a.text() + " [" + a.lang() + "]", Collectors.joining(", "))));
            byKind.forEach((k, v) -> out.printf("  %s: %s%n", k.name().toLowerCase(java.util.Locale.ROOT), v));
            return ExitCodes.OK;
        }
    }
}
