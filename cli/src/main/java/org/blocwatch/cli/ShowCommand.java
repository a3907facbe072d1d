package org.blocwatch.cli;

import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.StoredDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one stored document: what is known of it and its cleaned text (or the text as extracted).")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOC", description = "The document id (as 'blocwatch docs' lists it).")
    String id;

    static final class Mode {
        @Option(names = "--raw", description = "Only the text as extracted from the file.") boolean raw;
        @Option(names = "--clean", description = "Only the normalised text.") boolean clean;
    }

    @ArgGroup(exclusive = true) Mode mode = new Mode();

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Optional<StoredDocument> found;
        try (JdbcDocumentStore store = DocumentsOptions.openStore(kb, spec.commandLine().getErr())) {
            found = store.document(id);
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("blocwatch: no document " + id + "; 'blocwatch docs' lists them");
            return ExitCodes.NOTHING_FOUND;
        }
        StoredDocument d = found.get();
        if (mode.raw) {
            out.println(d.text().original());
        } else if (mode.clean) {
            out.println(d.text().text());
        } else {
            out.println("id:         " + d.id());
            out.println("source:     " + d.source());
            out.println("title:      " + orDash(d.title()));
            out.println("author:     " + orDash(d.author()));
            out.println("publisher:  " + orDash(d.publisher()));
            out.println("published:  " + (d.published() == null ? "- (no date found)" : d.published()));
            out.println("language:   " + orDash(d.language()));
            out.println("chars:      " + d.chars());
            out.println("sha256:     " + d.rawSha256());
            if (d.duplicateOf() != null) out.println("duplicate:  near-duplicate of " + d.duplicateOf());
            out.println();
            out.println(d.text().text());
            if (!d.references().isEmpty()) {
                out.println();
                out.println("References:");
                d.references().forEach(r -> out.println("  " + r));
            }
        }
        return ExitCodes.OK;
    }

    private static String orDash(String s) { return s == null ? "-" : s; }
}
