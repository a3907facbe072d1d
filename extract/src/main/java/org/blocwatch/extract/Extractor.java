package org.blocwatch.extract;

import org.blocwatch.extract.amount.AmountRecognizer;
import org.blocwatch.extract.argument.ArgumentAnnotator;
import org.blocwatch.extract.clause.ClauseAnnotator;
import org.blocwatch.extract.coref.CoreferenceAnnotator;
import org.blocwatch.extract.entity.EntityRecognizer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.lemma.LemmaAnnotator;
import org.blocwatch.extract.role.IntroducedPersonRecognizer;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.role.RoleRecognizer;
import org.blocwatch.extract.rules.ClaimRecognizer;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.TokenAnnotator;
import org.blocwatch.extract.time.TimeRecognizer;
import org.blocwatch.extract.words.WordListAnnotator;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.SourceDocument;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns a document into proposed claims: sentences, tokens, entity mentions, roles, persons
 * introduced by the text, lemmas and parts of speech (of the sentences that can yield a claim),
 * descriptions and pronouns resolved, clauses, times, amounts and the
 * mentions' roles in their clauses, then the claim rules. The knowledge base's office
 * holders, when given, tell who an unnamed "russische Präsident" is. Not thread-safe (the OpenNLP
 * tools are not); the {@link Lexicon} it is built from is, so build one extractor per thread
 * from a shared lexicon.
 *
 * <p>{@link #extract(SourceDocument, DocumentWindows.Progress)} annotates a long document window by
 * window ({@link DocumentWindows}), so only one window's layers are alive at a time. What a
 * sentence says about an entity named in an earlier window (a pronoun, a surname alone) is not
 * resolved across a window's start, and an undated repeat of an event dated in another window
 * stays; a claim made again in a later window is dropped as within one, the first one kept.
 */
public final class Extractor {
    /** What a document yields: its claims, and the persons it introduced that the knowledge base did not know. */
    public record Extraction(List<Claim> claims, List<Entity> proposedEntities) {
        public Extraction {
            claims = List.copyOf(claims);
            proposedEntities = List.copyOf(proposedEntities);
        }
    }

    private final Pipeline pipeline;
    private final DocumentWindows windows;

    public Extractor(Lexicon lexicon) { this(lexicon, OfficeHolders.NONE, Clock.systemUTC()); }

    public Extractor(Lexicon lexicon, OfficeHolders holders) { this(lexicon, holders, Clock.systemUTC()); }

    public Extractor(Lexicon lexicon, OfficeHolders holders, Clock clock) {
        this(lexicon, holders, clock, new DocumentWindows());
    }

    public Extractor(Lexicon lexicon, OfficeHolders holders, Clock clock, DocumentWindows windows) {
        this.windows = windows;
        pipeline = new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(lexicon),
                new RoleRecognizer(), new LemmaAnnotator(), new IntroducedPersonRecognizer(lexicon, holders), new CoreferenceAnnotator(), new ClauseAnnotator(),
                new TimeRecognizer(), new AmountRecognizer(), new ArgumentAnnotator(), new WordListAnnotator(),
                new ClaimRecognizer(ClaimRecognizer.allRules(), holders, clock)));
    }

    /** The document with every annotation layer. */
    public AnnotatedDocument annotate(SourceDocument doc) { return pipeline.annotate(doc); }

    /** The document with every annotation layer, each stage's time added to {@code nanos} (see {@link Pipeline#annotate(SourceDocument, long[], LongSupplier)}). */
    public AnnotatedDocument annotate(SourceDocument doc, long[] nanos, LongSupplier clock) { return pipeline.annotate(doc, nanos, clock); }

    public List<Claim> extract(SourceDocument doc) { return extract(doc, DocumentWindows.Progress.NONE).claims(); }

    /** Claims and proposed entities of a document, window by window; {@code progress} hears of a long document's windows. */
    public Extraction extract(SourceDocument doc, DocumentWindows.Progress progress) {
        List<DocumentWindows.Window> parts = windows.split(doc.text().text());
        if (parts.size() == 1) {
            AnnotatedDocument annotated = annotate(doc);
            return new Extraction(annotated.claims(), proposedEntities(annotated));
        }
        Map<String, Claim> claims = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        progress.windows(doc, 0, parts.size());
        for (int w = 0; w < parts.size(); w++) {
            AnnotatedDocument annotated = annotate(DocumentWindows.of(doc, parts.get(w)));
            for (Claim c : annotated.claims()) claims.putIfAbsent(ClaimJson.bodyKey(c.body()), c);
            for (Entity e : proposedEntities(annotated)) entities.putIfAbsent(e.id(), e);
            progress.windows(doc, w + 1, parts.size());
        }
        return new Extraction(new ArrayList<>(claims.values()), new ArrayList<>(entities.values()));
    }

    /** Persons the text introduced that the knowledge base did not know: entities proposed for review. */
    public static List<Entity> proposedEntities(AnnotatedDocument doc) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (int s = 0; s < doc.sentences().size(); s++)
            for (Mention m : doc.mentions(s)) if (m.proposed()) out.putIfAbsent(m.id(), m.entity());
        return List.copyOf(out.values());
    }
}
