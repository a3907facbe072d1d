package org.blocwatch.cli;

import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.store.JdbcDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the stored documents.",
                "The knowledge base is the record and the index is derived from it, so this repairs any disagreement."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (JdbcDocumentStore store = DocumentsOptions.openWritableStore(kb, err);
             DocumentsOptions.WritableIndex writable = DocumentsOptions.openIndex(kb, err)) {
            int indexed = writable.index().rebuild(store, new LanguageDetector());
            out.printf("reindexed %d documents into %s%n", indexed, DocumentsOptions.indexFolder(kb));
        }
        return ExitCodes.OK;
    }
}
