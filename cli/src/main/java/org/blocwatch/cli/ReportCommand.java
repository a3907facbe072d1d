package org.blocwatch.cli;

import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.report.HtmlReport;
import org.blocwatch.answers.report.MarkdownReport;
import org.blocwatch.answers.report.ReportBuilder;
import org.blocwatch.answers.report.ReportData;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained report on an organisation or a state that opens offline: membership Gantt chart, "
                + "count over time, event timeline, network of memberships and clashes, indicators, and tables whose every row "
                + "links to its sources (citation, quote, method)."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Organisation or state: id or any name.") String id;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report (.html or .md).") Path file;
    @Option(names = "--format", paramLabel = "F", description = "html (default) or md.") String format = "html";
    @Option(names = "--from", paramLabel = "DATE", description = "First day shown (default: the first known membership).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day shown (default: today).") String to;

    @Mixin KnowledgeBaseOptions kb;
    @Mixin ViewOptions viewOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("html") && !format.equals("md")) throw new IllegalArgumentException("unknown format '" + format + "' (use html or md)");
        DateRange range = DateRange.of(from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to), LocalDate.now());
        try (JdbcKnowledgeStore store = kb.open(spec.commandLine().getErr())) {
            Entity subject = new EntityResolver(store).resolve(id, EntityKind.ORGANISATION, EntityKind.STATE, EntityKind.FORMAT, EntityKind.GROUP);
            ReportData data = new ReportBuilder(new AdmittedClaims(store, viewOptions.view()), LocalDate.now())
                    .build(subject, range, viewOptions.describe());
            String text = format.equals("md") ? MarkdownReport.render(data) : HtmlReport.render(data);
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf("wrote %s (%s, %d spans, %d events)%n", file, subject.id(), data.episodes().size(), data.events().size());
            return ExitCodes.OK;
        }
    }
}
