package org.blocwatch.extract;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.coref.Anaphor;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.TokenWords;
import org.blocwatch.model.Claim;
import org.blocwatch.model.SourceDocument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document and the annotation layers the stages have added so far. Layers below the sentence
 * (tokens, mentions, roles, times, amounts) are kept per sentence, because every extraction rule
 * reads one sentence at a time. Reading a layer no stage has provided is a programming error.
 */
public final class AnnotatedDocument {
    private final SourceDocument source;
    private final Set<Layer> done = EnumSet.noneOf(Layer.class);
    private List<Sentence> sentences = List.of();
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<TokenWords> words = new ArrayList<>();
    private final List<List<Mention>> mentions = new ArrayList<>();
    private final List<List<RoleMention>> roles = new ArrayList<>();
    private final List<List<Clause>> clauses = new ArrayList<>();
    private final List<Map<Mention, Argument>> arguments = new ArrayList<>();
    private final List<List<Anaphor>> anaphors = new ArrayList<>();
    private final List<List<TimeExpression>> times = new ArrayList<>();
    private final List<List<Amount>> amounts = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    public AnnotatedDocument(SourceDocument source) { this.source = source; }

    public SourceDocument source() { return source; }

    public String text() { return source.text().text(); }

    /** "de", "en" or "ru"; German when the document does not say. */
    public String language() {
        String lang = source.language();
        return lang == null || lang.isBlank() ? "de" : lang;
    }

    void markDone(Layer layer) { done.add(layer); }

    private void check(Layer layer) {
        if (!done.contains(layer)) throw new IllegalStateException("layer " + layer + " has not been annotated");
    }

    public List<Sentence> sentences() { check(Layer.SENTENCES); return sentences; }

    public void setSentences(List<Sentence> list) {
        sentences = List.copyOf(list);
        for (int i = 0; i < list.size(); i++) {
            tokens.add(List.of());
            words.add(null);
            mentions.add(new ArrayList<>());
            roles.add(new ArrayList<>());
            clauses.add(new ArrayList<>());
            arguments.add(new HashMap<>());
            anaphors.add(new ArrayList<>());
            times.add(new ArrayList<>());
            amounts.add(new ArrayList<>());
        }
    }

    public List<Token> tokens(int sentence) { check(Layer.TOKENS); return tokens.get(sentence); }

    public void setTokens(int sentence, List<Token> list) { tokens.set(sentence, List.copyOf(list)); }

    /** The word lists each token of the sentence is on. */
    public TokenWords words(int sentence) { check(Layer.WORDS); return words.get(sentence); }

    public void setWords(int sentence, TokenWords list) { words.set(sentence, list); }

    public List<Mention> mentions(int sentence) { check(Layer.MENTIONS); return mentions.get(sentence); }

    /** Adds a mention, keeping the sentence's mentions in text order. */
    public void addMention(int sentence, Mention m) {
        List<Mention> list = mentions.get(sentence);
        int i = list.size();
        while (i > 0 && list.get(i - 1).firstToken() > m.firstToken()) i--;
        list.add(i, m);
    }

    public List<RoleMention> roles(int sentence) { check(Layer.ROLES); return roles.get(sentence); }

    public void addRole(int sentence, RoleMention r) { roles.get(sentence).add(r); }

    /** The sentence's clauses, in order; together they cover every token but the punctuation between them. */
    public List<Clause> clauses(int sentence) { check(Layer.CLAUSES); return clauses.get(sentence); }

    public void addClause(int sentence, Clause c) { clauses.get(sentence).add(c); }

    /** The role of a mention in its clause. */
    public Argument argument(int sentence, Mention m) {
        check(Layer.ARGUMENTS);
        return arguments.get(sentence).getOrDefault(m, Argument.ACTOR);
    }

    public void setArgument(int sentence, Mention m, Argument role) { arguments.get(sentence).put(m, role); }

    /** Descriptions and pronouns of the sentence resolved to an entity named before; each is also one of its mentions. */
    public List<Anaphor> anaphors(int sentence) { check(Layer.COREFERENCE); return anaphors.get(sentence); }

    public void addAnaphor(int sentence, Anaphor a) {
        anaphors.get(sentence).add(a);
        addMention(sentence, a.mention());
    }

    public List<TimeExpression> times(int sentence) { check(Layer.TIMES); return times.get(sentence); }

    public void addTime(int sentence, TimeExpression t) { times.get(sentence).add(t); }

    public List<Amount> amounts(int sentence) { check(Layer.AMOUNTS); return amounts.get(sentence); }

    public void addAmount(int sentence, Amount a) { amounts.get(sentence).add(a); }

    public List<Claim> claims() { check(Layer.CLAIMS); return List.copyOf(claims); }

    public void addClaim(Claim c) { claims.add(c); }
}
