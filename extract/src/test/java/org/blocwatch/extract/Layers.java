package org.blocwatch.extract;

import org.blocwatch.extract.lemma.LemmaAnnotator;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.argument.ArgumentAnnotator;
import org.blocwatch.extract.clause.ClauseAnnotator;
import org.blocwatch.extract.coref.CoreferenceAnnotator;
import org.blocwatch.extract.entity.EntityRecognizer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.IntroducedPersonRecognizer;
import org.blocwatch.extract.role.RoleRecognizer;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.TokenAnnotator;
import org.blocwatch.extract.time.TimeRecognizer;

import java.util.List;

/** The pipeline up to one layer, for tests of that layer alone: what a stage needs and nothing after it. */
public final class Layers {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());

    private Layers() {}

    /** Sentences, tokens and clauses. */
    public static AnnotatedDocument clauses(String text, String lang) {
        return new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new ClauseAnnotator()))
                .annotate(TestEntities.document(text, lang, null));
    }

    /** Up to the coreference layer: mentions, roles, persons, then descriptions and pronouns resolved. */
    public static AnnotatedDocument coreference(String text, String lang) {
        return new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(LEXICON), new RoleRecognizer(), new LemmaAnnotator(),
                new IntroducedPersonRecognizer(LEXICON, OfficeHolders.NONE), new CoreferenceAnnotator())).annotate(TestEntities.document(text, lang, null));
    }

    /** Up to the argument layer. */
    public static AnnotatedDocument arguments(String text, String lang) {
        return new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(LEXICON), new RoleRecognizer(), new LemmaAnnotator(),
                new IntroducedPersonRecognizer(LEXICON, OfficeHolders.NONE), new CoreferenceAnnotator(), new TimeRecognizer(), new ArgumentAnnotator()))
                .annotate(TestEntities.document(text, lang, null));
    }
}
