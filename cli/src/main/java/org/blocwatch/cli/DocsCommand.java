package org.blocwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.server.DocumentJson;
import org.blocwatch.store.DocumentSummary;
import org.blocwatch.store.JdbcDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "List the stored documents: id, date, language, length, title. Exits 1 when there are none.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        List<DocumentSummary> docs;
        try (JdbcDocumentStore store = DocumentsOptions.openStore(kb, spec.commandLine().getErr())) {
            docs = store.documents();
        }
        if (json) {
            ArrayNode array = DocumentJson.documents(docs);
            out.println(ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            for (DocumentSummary d : docs)
                out.printf("%-20s %-10s %-3s %7d  %s%s%n", d.id(), d.published() == null ? "-" : d.published(),
                        d.language() == null ? "-" : d.language(), d.chars(), d.title() == null ? "(no title)" : d.title(),
                        d.duplicateOf() == null ? "" : "  [near-duplicate of " + d.duplicateOf() + "]");
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("blocwatch: no documents yet; add some with 'blocwatch ingest PATH'");
            return ExitCodes.NOTHING_FOUND;
        }
        return ExitCodes.OK;
    }
}
