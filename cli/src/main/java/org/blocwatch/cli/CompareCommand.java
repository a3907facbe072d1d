package org.blocwatch.cli;

import org.blocwatch.answers.json.ComparisonJson;
import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.AnalysisComparison;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.FigureCheck;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.OrganisationIndicators;
import org.blocwatch.answers.StoredSourceDocuments;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Indicators of organisations side by side, each computed from claims: members over time, accessions, "
                + "exits, suspensions, armed clashes between members, operations, who held the top offices, summit attendance, "
                + "trade of the leading state. Where an analysis in data/curated/comparisons states a figure, "
                + "the KB's value is printed beside it."})
final class CompareCommand implements Callable<Integer> {
    private static final int COLUMN = 34;

    @Parameters(arity = "1..*", paramLabel = "ORG", description = "Organisations: ids or any names (CSTO NATO).") List<String> orgs;
    @Option(names = "--from", paramLabel = "DATE", description = "First day counted (default: the whole history).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day counted (default: today).") String to;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Option(names = "--explain", description = "Print the claims each number rests on, with source, quote and method.") boolean explain;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PartialDate start = from == null ? null : PartialDate.parse(from);
        PartialDate end = to == null ? null : PartialDate.parse(to);
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            EntityResolver resolver = new EntityResolver(store);
            AdmittedClaims claims = new AdmittedClaims(store, viewOptions.view());
            OrganisationIndicators indicators = new OrganisationIndicators(claims, LocalDate.now());
            DateRange range = indicators.range(start, end);
            Map<Entity, List<Indicator>> byOrg = new LinkedHashMap<>();
            for (String name : orgs) {
                Entity org = resolver.resolve(name, EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP);
                byOrg.put(org, indicators.compute(org.id(), range));
            }
            List<FigureCheck> checks = new ArrayList<>();
            for (AnalysisComparison analysis : AnalysisComparison.packed())
                for (Entity org : byOrg.keySet()) checks.addAll(indicators.check(analysis, org.id()));
            if (json) out.println(ClaimJson.write(ComparisonJson.of(range, byOrg, checks)));
            else text(out, range, byOrg, checks, explain ? new Corroboration(
                    claims.matching(ClaimFilter.all()), new StoredSourceDocuments(new JdbcDocumentStore(store.connection()))) : null);
            boolean any = byOrg.values().stream().flatMap(List::stream).anyMatch(i -> i.value() != null && i.value().signum() > 0);
            return any ? ExitCodes.OK : ExitCodes.NOTHING_FOUND;
        }
    }

    private void text(PrintWriter out, DateRange range, Map<Entity, List<Indicator>> byOrg, List<FigureCheck> checks,
                      Corroboration corroboration) {
        out.printf("%s to %s%n", range.from().getYear() <= 1 ? "whole history" : range.from(), range.to());
        out.printf("%-44s", "indicator");
        byOrg.keySet().forEach(o -> out.printf(" %-" + COLUMN + "s", o.id()));
        out.println();
        List<String> keys = new ArrayList<>();
        byOrg.values().forEach(list -> list.forEach(i -> { if (!keys.contains(i.key())) keys.add(i.key()); }));
        for (String key : keys) {
            String label = byOrg.values().stream().flatMap(List::stream).filter(i -> i.key().equals(key))
                    .map(Indicator::label).findFirst().orElse(key);
            out.printf("%-44s", Evidence.oneLine(label, 44));
            for (List<Indicator> list : byOrg.values()) {
                String cell = list.stream().filter(i -> i.key().equals(key)).findFirst()
                        .map(i -> Evidence.oneLine(i.display(), COLUMN - IndicatorOutput.mark(i).length()) + IndicatorOutput.mark(i))
                        .orElse("\u2014");
                out.printf(" %-" + COLUMN + "s", cell);
            }
            out.println();
        }
        if (!checks.isEmpty()) {
            out.println();
            out.println("KB beside the analysis (" + String.join("; ", checks.stream().map(FigureCheck::citation).distinct().toList()) + "):");
            for (FigureCheck c : checks) {
                out.printf("  %-5s %-58s KB %-30s analysis %-14s %s%n", c.stated().org(),
                        Evidence.oneLine(c.kb().label() + period(c), 58), Evidence.oneLine(c.kb().display(), 30),
                        c.stated().display(), c.verdict());
                out.printf("        the analysis: %s%n", c.stated().says());
            }
        }
        for (Map.Entry<Entity, List<Indicator>> e : byOrg.entrySet()) {
            out.println();
            out.printf("%s (%s):%n", e.getKey().id(), e.getKey().label());
            e.getValue().forEach(i -> IndicatorOutput.print(out, i, corroboration));
        }
    }

    private static String period(FigureCheck c) {
        var f = c.stated();
        return f.from() == null && f.to() == null ? "" : " (" + (f.from() == null ? "" : f.from()) + "\u2013" + (f.to() == null ? "" : f.to()) + ")";
    }
}
