package org.blocwatch.cli;

import org.blocwatch.exchange.CowCsvExport;
import org.blocwatch.exchange.RdfExport;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.query.ClaimView;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write claims in an exchange format (jsonl, csv, ttl or jsonld).",
                "  jsonl   every claim, one a line (shared/eval/SCHEMA.md); reads back with 'import jsonl'",
                "  csv     memberships as COW state-year rows: ioname, ccode, state, year, status",
                "  ttl     memberships as Wikidata-style RDF statements with qualifiers and references (Turtle)",
                "  jsonld  the same statements as JSON-LD"})
final class ExportCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("jsonl", "csv", "ttl", "jsonld");

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (default), csv, ttl or jsonld.")
    String format;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation (repeatable; csv, ttl, jsonld).")
    List<String> orgs;

    @Option(names = "--from", paramLabel = "YEAR", description = "csv: first year (default: the organisation's first).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "csv: last year (default: its last, or this year).")
    Integer to;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!FORMATS.contains(format))
            throw new IllegalArgumentException("unknown export format '" + format + "' (one of: " + String.join(", ", FORMATS) + ")");
        if (from != null && to != null && from > to) throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        var out = spec.commandLine().getOut();
        ClaimView view = viewOptions.view();
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            List<String> organisations = organisations(store);
            return switch (format) {
                case "csv" -> CowCsvExport.write(store, view, organisations, from, to, out) == 0 ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
                case "ttl", "jsonld" -> {
                    Set<String> wanted = Set.copyOf(organisations);
                    List<Claim> claims = view.claims(store, ClaimFilter.ofType(ClaimType.MEMBERSHIP)).stream()
                            .filter(c -> orgs == null || wanted.contains(((Membership) c.body()).object())).toList();
                    RdfExport.write(RdfExport.model(claims, store::entity), RdfExport.Format.parse(format), out);
                    out.flush();
                    yield claims.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
                }
                default -> {
                    List<Claim> claims = view.claims(store, ClaimFilter.all());
                    claims.forEach(c -> out.println(ClaimJson.write(ClaimJson.claim(c))));
                    yield claims.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
                }
            };
        }
    }

    /** The organisations named by --org (any alias), else every organisation, format and group. */
    private List<String> organisations(JdbcKnowledgeStore store) {
        if (orgs == null) {
            return store.entities().stream().filter(e -> e.kind() != EntityKind.STATE && e.kind() != EntityKind.PERSON
                    && e.kind() != EntityKind.PLACE).map(Entity::id).toList();
        }
        EntityResolver resolver = new EntityResolver(store);
        return orgs.stream().map(o -> resolver.resolve(o, EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP).id())
                .distinct().collect(Collectors.toList());
    }
}
