package org.blocwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.blocwatch.ingest.IngestLock;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.search.SearchHit;
import org.blocwatch.server.DocumentJson;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.ingest.search.SearchQuery;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.JdbcDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of the stored documents, ranked, with the matches marked «thus».",
                "Quote words for a phrase: blocwatch search '\"kollektive Sicherheit\"'. Exits 1 when nothing matches."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words (several are joined; all must occur).")
    List<String> words;

    @Option(names = "--lang", paramLabel = "L", description = "Only documents in this language (de, en, ru, ...).")
    String language;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents published on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents published on or before DATE.")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N documents (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    /**
     * Indexes what the KB holds and the index lacks (after a crash between the two commits), unless
     * an ingest is writing: then it searches the last commit, and the ingest repairs the index.
     */
    private void repairIfFree(JdbcDocumentStore store) {
        if (store.count() == SearchIndex.committedSize(DocumentsOptions.indexFolder(kb))) return;
        if (store.readOnly()) return;
        try (IngestLock lock = IngestLock.tryAcquire(DocumentsOptions.indexFolder(kb))) {
            if (lock == null) return;
            try (SearchIndex index = SearchIndex.open(DocumentsOptions.indexFolder(kb))) {
                index.repair(store, new LanguageDetector());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        SearchQuery query = new SearchQuery(String.join(" ", words), language == null ? null : language.toLowerCase(Locale.ROOT),
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to), limit);
        List<SearchHit> hits;
        try (JdbcDocumentStore store = DocumentsOptions.openStore(kb, spec.commandLine().getErr())) {
            repairIfFree(store);
            hits = SearchIndex.searchCommitted(DocumentsOptions.indexFolder(kb), query);
        }
        if (json) {
            ArrayNode array = DocumentJson.hits(hits);
            out.println(ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            for (SearchHit h : hits) {
                out.printf(Locale.ROOT, "%s  %.2f  [%s, %s] %s%n", h.id(), h.score(), h.language(),
                        h.published() == null ? "no date" : h.published(), h.title() == null ? "(no title)" : h.title());
                if (!h.snippet().isEmpty()) out.println("    " + h.snippet());
            }
        }
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println("blocwatch: no document matches " + query.text());
            return ExitCodes.NOTHING_FOUND;
        }
        return ExitCodes.OK;
    }
}
