package org.blocwatch.extract.rules;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.argument.ArgumentAnnotator;
import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.words.TokenWords;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One sentence with every annotation layer, and the questions rules ask of it: is there a word
 * starting so, which states act in it, is the trigger negated, what time does it name. Rules
 * stay short and read like the patterns they implement.
 */
public final class SentenceView {
    private static final Map<String, StatusNouns> STATUS_NOUNS = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many sentences back an organisation named earlier still counts as "die Organisation". */
    private static final int ANAPHORA_REACH = 12;
    private static final int SCOPE = 7;
    private static final int HEDGE_REACH = 3;
    /** How far (in characters) after its trigger an event's own date usually stands. */
    private static final int FOLLOWING_TIME = 60;

    private final AnnotatedDocument doc;
    private final OfficeHolders holders;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final TokenWords tokenWords;

    public SentenceView(AnnotatedDocument doc, Sentence sentence, OfficeHolders holders) {
        this.doc = doc;
        this.holders = holders;
        this.sentence = sentence;
        this.tokens = doc.tokens(sentence.index());
        this.mentions = doc.mentions(sentence.index());
        this.tokenWords = doc.words(sentence.index());
    }

    public Sentence sentence() { return sentence; }

    public List<Token> tokens() { return tokens; }

    public List<Mention> mentions() { return mentions; }

    public List<RoleMention> roles() { return doc.roles(sentence.index()); }

    public List<TimeExpression> times() { return doc.times(sentence.index()); }

    public List<Amount> amounts() { return doc.amounts(sentence.index()); }

    public String language() { return doc.language(); }

    public PartialDate published() { return doc.source().published(); }

    /** "At the document's date": statements in the present tense. */
    public DateRef documentDate() { return DateRef.documentDate(published()); }

    public Token token(int i) { return tokens.get(i); }

    // ------------------------------------------------------------------ words

    /** The word list {@code name} of the sentence's language ({@code words/<lang>/<name>.txt}). */
    public WordList words(String name) { return Vocabulary.of(language(), name); }

    /** The first token on the word list {@code name} (by lemma, lower-case or normal form), or -1. */
    public int find(String name) { return findFrom(0, name); }

    /** The first token from {@code from} on on the word list {@code name}, or -1. */
    public int findFrom(int from, String name) {
        WordList list = words(name);
        for (int i = Math.max(0, from); i < tokens.size(); i++) if (tokenWords.on(i, list)) return i;
        return -1;
    }

    /** Whether a word of the list {@code name} stands in the sentence. */
    public boolean has(String name) { return find(name) >= 0; }

    /**
     * A verb of several words from the phrase list {@code name}, by normal forms. An entry's words
     * stand together ("pulled out", "ins leben gerufen"); "..." lets the clause run on between them,
     * and then the words after it must close the clause or a stretch of it, as a German separable
     * particle does: "trat ... bei" is "trat 1993 der Union bei." but not "trat bei dem Treffen auf".
     * Returns the phrase's first token, or -1.
     */
    public int findPhrase(String name) {
        Vocabulary.PhraseList list = Vocabulary.phrases(language(), name);
        // the earliest place of the first phrase of the list that stands anywhere in the sentence
        int first = Integer.MAX_VALUE, at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int[] starting = list.byFirstWord().get(tokens.get(i).norm());
            if (starting == null) continue;
            for (int k : starting) {
                if (k >= first) break;
                Vocabulary.Phrase phrase = list.phrases().get(k);
                String[] head = phrase.head();
                if (i + head.length <= tokens.size() && wordsAt(i, head)
                        && (phrase.closing().length == 0 || closesLater(i, i + head.length, phrase.closing()))) {
                    first = k;
                    at = i;
                    break;
                }
            }
        }
        return at;
    }

    private boolean wordsAt(int i, String[] words) {
        for (int k = 0; k < words.length; k++) if (!tokens.get(i + k).norm().equals(words[k])) return false;
        return true;
    }

    /** The rest of a phrase later in the clause of its first token, followed by punctuation or the end. */
    private boolean closesLater(int first, int from, String[] rest) {
        for (int j = from; j + rest.length <= tokens.size() && sameClause(j, first); j++)
            if (wordsAt(j, rest) && (j + rest.length == tokens.size() || !tokens.get(j + rest.length).isWord())) return true;
        return false;
    }

    /**
     * A participle inflected as an adjective ("die ausgetretenen Staaten") that is on the verb list
     * {@code name} only through its lemma: it names things by what they did and asserts no act.
     */
    public boolean attributiveParticiple(int t, String name) {
        Token token = tokens.get(t);
        return token.pos() == Pos.ADJ && !words(name).contains(token.norm()) && !words(name).contains(token.lower());
    }


    /** Whether a word of the list stands in this sentence or one of the {@code back} sentences before it. */
    public boolean hereOrEarlier(WordList words, int back) {
        for (int k = sentence.index(); k >= Math.max(0, sentence.index() - back); k--) {
            TokenWords those = doc.words(k);
            for (int i = 0; i < those.size(); i++) if (those.on(i, words)) return true;
        }
        return false;
    }

    /** Whether a word of the list stands in the sentence. */
    public boolean has(WordList list) { return findWord(list) >= 0; }

    /** A word of refusal near the trigger: "schloss ... aus", "lehnte ab", "ruled out", "отказал". */
    public boolean denied(int trigger) { return near(trigger, Words.DENIAL); }

    /** One of the words within a few tokens of the trigger, in its clause. */
    private boolean near(int trigger, Set<String> words) {
        for (int i = Math.max(0, trigger - SCOPE); i < Math.min(tokens.size(), trigger + SCOPE); i++)
            if (words.contains(tokens.get(i).norm()) && sameClause(i, trigger)) return true;
        return false;
    }

    /** The first token on the list, or -1. */
    public int findWord(WordList list) {
        for (int i = 0; i < tokens.size(); i++) if (tokenWords.on(i, list)) return i;
        return -1;
    }

    /** Whether token {@code i}'s normal form is on the list (not its lemma or surface form). */
    public boolean normIs(int i, WordList list) { return tokenWords.normOn(i, list); }

    /** Whether token {@code i} is on the list (by lemma, lower-case or normal form). */
    public boolean is(int i, WordList list) { return tokenWords.on(i, list); }

    /** A negation within a few tokens of the trigger, in the trigger's clause. */
    public boolean negated(int trigger) {
        Clause c = clauseOf(trigger);
        if (c == null) return false;
        for (int n : c.negations()) if (Math.abs(n - trigger) < SCOPE) return true;
        return false;
    }

    /**
     * A modal, intention, condition or question anywhere in the trigger's clause, or a hedge right before it:
     * German puts the verb last ("Armenien will die OVKS womöglich verlassen"), English first ("plans to leave").
     */
    public boolean modal(int trigger) {
        Clause c = clauseOf(trigger);
        if (c == null) return false;
        if (c.conditional() || c.question()) return true;
        // "Putin wird Paschinjan treffen": a future auxiliary with the trigger verb in its base form; "wird unterzeichnet" is a passive
        Token t = tokens.get(trigger);
        if (c.tense() == Clause.Tense.FUTURE && t.pos() == Pos.VERB && t.lower().equals(t.lemma())) return true;
        for (int m : c.modals()) if (m < trigger || m - trigger < SCOPE) return true;
        for (int h : c.hedges()) if (h < trigger && trigger - h <= HEDGE_REACH) return true;
        return false;
    }

    /**
     * "kein Gipfel", "no summit", "не было саммита": a negation right before an event noun denies the
     * event; one further away ("did not attend the summit") denies only what someone did at it.
     */
    public boolean noneSuch(int noun) {
        Clause c = clauseOf(noun);
        if (c == null) return false;
        for (int n : c.negations()) if (n < noun && noun - n <= 2) return true;
        return false;
    }

    /**
     * "in die Wirtschaft Kasachstans", "into the economy of Kazakhstan", "в экономику Казахстана": a name
     * right after a noun (an article or "of" between) that itself follows one of the prepositions.
     */
    public boolean ownerOfPlace(Mention m, WordList prepositions) {
        WordList skip = Vocabulary.of(language(), "articles"), links = Vocabulary.of(language(), "other-prepositions");
        int i = m.firstToken() - 1;
        while (i >= 0 && (normIs(i, skip) || normIs(i, links))) i--;
        if (i < 0 || !tokens.get(i).isWord()) return false;
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) if (normIs(k, prepositions)) return true;
        return false;
    }

    /** Token distance, counting a clause boundary between as far: the same clause is preferred to a nearer neighbour. */
    private int distanceInClauses(int a, int b) { return Math.abs(a - b) + (sameClause(a, b) ? 0 : tokens.size()); }

    /**
     * The state of the latest region or city (a place the knowledge base puts in a state) named in
     * this sentence or the {@code back} sentences before: where a passage is set.
     */
    public String stateOfPlaceNamedBefore(int back) {
        for (int k = sentence.index(); k >= Math.max(0, sentence.index() - back); k--) {
            List<Mention> ms = doc.mentions(k);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.kind() != org.blocwatch.model.EntityKind.PLACE) continue;
                String state = m.entity().code("in");
                if (state != null) return state;
            }
        }
        return null;
    }

    /** The sentence's clauses, in order. */
    public List<Clause> clauses() { return doc.clauses(sentence.index()); }

    /** Whether a figure stands inside parentheses: "(7,2 Mrd.)" beside the figure the sentence is about. */
    public boolean inParentheses(Amount a) {
        int open = text().lastIndexOf('(', a.start() - sentence.start());
        int close = text().lastIndexOf(')', a.start() - sentence.start());
        return open >= 0 && open > close;
    }

    /** The resolved time nearest before a token within its clause, else the clause's first one after it. */
    public TimeExpression timeBefore(int token, Clause c) {
        TimeExpression before = null, after = null;
        for (TimeExpression t : times()) {
            if (!t.resolved()) continue;
            int at = tokenAt(t.start());
            if (at < 0 || !c.contains(at)) continue;
            if (at < token) before = t;
            else if (after == null) after = t;
        }
        return before != null ? before : after;
    }

    /** The clause a token belongs to (null for punctuation between clauses). */
    public Clause clauseOf(int token) {
        for (Clause c : doc.clauses(sentence.index())) if (c.contains(token)) return c;
        return null;
    }

    /** How many tokens of a's clause stand from a to b (a before b): a relative clause between does not count. */
    public int wordsBetween(int a, int b) {
        int n = 0;
        for (int i = a + 1; i <= b; i++) if (sameClause(a, i)) n++;
        return n;
    }

    /** Whether two tokens belong to one clause (its parts around a relative clause count as one). */
    public boolean sameClause(int a, int b) {
        Clause c = clauseOf(a), d = clauseOf(b);
        return c != null && d != null && c.group() == d.group();
    }

    // ------------------------------------------------------------------ entities

    /** The role of a mention in its clause: actor, place, target, companion, attribute, dateline. */
    public Argument argument(Mention m) { return doc.argument(sentence.index(), m); }

    /**
     * States acting in the sentence: named, metonymic or described ("das Land") states in the role of
     * actors. Demonyms are left out: "die russische Armee" makes Russia an actor only in rules that say so.
     */
    public List<Mention> actingStates() {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.isState() && !m.isDemonym() && argument(m) == Argument.ACTOR) out.add(m);
        return out;
    }

    /** "ASTANA —", "Prague, 24 October 1997 (Agency) --": the place where the report was filed. */
    public boolean isDateline(Mention m) { return argument(m) == Argument.DATELINE; }

    /** The acting state closest before a token, else the first after it: the subject of a verb. */
    public Mention subjectOf(int trigger) {
        Mention before = null, after = null;
        for (Mention m : actingStates()) {
            if (m.firstToken() < trigger) before = m;
            else if (after == null) after = m;
        }
        return before != null ? before : after;
    }

    /**
     * The state that does what the trigger says: the nearest before it in its clause of an acting
     * state, a person (by nationality or the role the text gives them: "Belarusian President X
     * boycotted") or a leader's role ("the Armenian prime minister"); else the acting state after it.
     */
    public String actorOf(int trigger) {
        String best = null;
        int bestAt = -1;
        for (Mention m : mentions) {
            if (m.firstToken() >= trigger || !sameClause(m.firstToken(), trigger) || m.firstToken() < bestAt) continue;
            String id = m.isPerson() ? stateOf(m) : m.isState() && !m.isDemonym() && argument(m) == Argument.ACTOR ? m.id() : null;
            if (id != null) { best = id; bestAt = m.firstToken(); }
        }
        for (RoleMention r : roles())
            if (r.of() != null && r.firstToken() < trigger && r.firstToken() > bestAt && sameClause(r.firstToken(), trigger) && isState(r.of())) {
                best = r.of();
                bestAt = r.firstToken();
            }
        if (best != null) return best;
        Mention after = subjectOf(trigger);
        return after == null ? null : after.id();
    }

    /** "Ukraine" in "Ukraine-Krieg": a name that only modifies the noun it is joined to. */
    public boolean compoundModifier(Mention m) { return ArgumentAnnotator.compoundModifier(tokens, m); }

    /** Whether one of the sentence's mentions names this id as a state. */
    public boolean isState(String id) {
        for (Mention m : mentions) if (m.id().equals(id)) return m.isState();
        return false;
    }


    /** A mention governed by a preposition: a place, target, companion or oblique, not an actor. */
    public boolean afterPreposition(Mention m) {
        Argument a = argument(m);
        return a == Argument.PLACE || a == Argument.TARGET || a == Argument.COMPANION || a == Argument.OBLIQUE;
    }

    /** "die Gerichtsbarkeit der Ukraine", "Ukraine-Krieg": a name that only qualifies another noun. */
    public boolean genitiveAttribute(Mention m) { return argument(m) == Argument.ATTRIBUTE; }

    /** The preposition (or other word) directly before a mention, skipping articles. */
    public String wordBefore(Mention m) {
        int i = m.firstToken() - 1;
        while (i >= 0 && isArticle(tokens.get(i))) i--;
        return i >= 0 ? tokens.get(i).norm() : "";
    }

    private static boolean isArticle(Token t) {
        return switch (t.norm()) {
            case "der", "die", "das", "den", "dem", "des", "the", "a", "an" -> true;
            default -> false;
        };
    }

    /** Organisations and formats named in the sentence, as names or as compound modifiers ("GUS-Gipfel"). */
    public List<Mention> organisations() {
        return mentions.stream().filter(m -> m.isOrganisation() && !m.isDemonym()).toList();
    }

    /** The organisation of the sentence, or the one last named in the few sentences before. */
    public String organisationOrRecent() {
        List<Mention> orgs = organisations();
        if (!orgs.isEmpty()) return orgs.get(0).id();
        return recentOrganisation();
    }

    public String recentOrganisation() {
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - ANAPHORA_REACH); s--) {
            List<Mention> ms = doc.mentions(s);
            for (int i = ms.size() - 1; i >= 0; i--)
                if (ms.get(i).isOrganisation() && !ms.get(i).isDemonym()) return ms.get(i).id();
        }
        return null;
    }

    /**
     * The leader's office the knowledge base has a person hold of a state on the document's date, head of state
     * before head of government: what "Belarusian leader X" is. Null when it knows neither, or the document is undated.
     */
    public Role leaderOffice(Mention person, String of) {
        if (published() == null) return null;
        for (Role role : List.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)) if (holders.held(person.id(), role, of, published())) return role;
        return null;
    }

    /**
     * The person the knowledge base knows to have held the office whom the document names most
     * often: who "der russische Präsident" is when the text does not repeat the name.
     */
    public Mention holderNamedInDocument(Role role, String of) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> byId = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++)
            for (Mention m : doc.mentions(i))
                if (m.isPerson() && holders.held(m.id(), role, of, published())) {
                    counts.merge(m.id(), 1, Integer::sum);
                    byId.putIfAbsent(m.id(), m);
                }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey())).orElse(null);
    }

    /** Whether a word is a preposition of the document's language other than "als"/"as". */
    public boolean isPreposition(String word) {
        String lang = language();
        return Vocabulary.of(lang, "place-prepositions").contains(word) || Vocabulary.of(lang, "target-prepositions").contains(word)
                || Vocabulary.of(lang, "companion-prepositions").contains(word) || Vocabulary.of(lang, "other-prepositions").contains(word);
    }

    /** The mentions of the coordinated list a mention belongs to ("A, B und C": all three), in order. */
    public List<Mention> listOf(Mention m) {
        int at = mentions.indexOf(m), first = at, last = at;
        while (first > 0 && mentions.get(first - 1).isActor()
                && onlyCoordinationBetween(mentions.get(first - 1).endToken(), mentions.get(first).firstToken(), false)) first--;
        while (last + 1 < mentions.size() && mentions.get(last + 1).isActor()
                && onlyCoordinationBetween(mentions.get(last).endToken(), mentions.get(last + 1).firstToken(), false)) last++;
        return mentions.subList(first, last + 1);
    }

    /** The standing nouns of the document's language. */
    public StatusNouns statusNouns() { return STATUS_NOUNS.computeIfAbsent(language(), StatusNouns::new); }

    /** "nur formell Mitglied", "only formally a member": a suspension, not a standing. */
    public boolean formallyOnly(int noun) {
        WordList formally = Vocabulary.of(language(), "formally"), only = Vocabulary.of(language(), "only");
        for (int i = Math.max(1, noun - 4); i < noun; i++)
            if (normIs(i, formally) && normIs(i - 1, only)) return true;
        return false;
    }

    /** Whether a word of the document language's list {@code name} stands within {@code reach} tokens before the token, in its clause. */
    public boolean near(int token, String name, int reach) {
        WordList words = Vocabulary.of(language(), name);
        for (int i = Math.max(0, token - reach); i < token; i++) if (normIs(i, words) && sameClause(i, token)) return true;
        return false;
    }

    /** Whether a word of the document language's list {@code name} stands in the clause. */
    public boolean clauseHas(Clause c, String name) { return clauseHas(c, Vocabulary.of(language(), name)); }

    public boolean clauseHas(Clause c, WordList words) {
        for (int i = c.first(); i < c.end(); i++) if (normIs(i, words)) return true;
        return false;
    }

    /** The token that starts at a character offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) return i;
        return -1;
    }

    /** An organisation named right after token i, articles and "of"/"der" aside ("partner of the SCO", "партнер ШОС"). */
    public boolean organisationRightAfter(int i) { return organisationAfter(i) != null; }

    /** The organisation named right after token i, articles, linking prepositions and a dash between ("partners in the CSTO"), or null. */
    public Mention organisationAfter(int i) {
        WordList skip = Vocabulary.of(language(), "articles"), links = Vocabulary.of(language(), "other-prepositions"),
                within = Vocabulary.of(language(), "place-prepositions");
        int k = i + 1;
        while (k < tokens.size() && k - i <= 3 && (normIs(k, skip) || normIs(k, links)
                || normIs(k, within) || tokens.get(k).isDash())) k++;
        k = afterCountedModifier(k);
        for (Mention m : mentions) if (m.firstToken() == k && m.isOrganisation()) return m;
        return null;
    }

    /** "the seven-nation CSTO", "the six-member bloc": a number joined to a noun before a name is skipped. */
    private int afterCountedModifier(int k) {
        if (k + 2 < tokens.size() && tokens.get(k).pos() == Pos.NUM && tokens.get(k + 1).isDash() && tokens.get(k + 2).glued()) return k + 3;
        return k;
    }

    /**
     * The organisation a status noun belongs to: its compound modifier ("OVKS-Mitglied"), the name after
     * it ("members of the SCO", "Beobachter in der GUS", "члены ШОС"), the name right before it ("SCO
     * observers"), else the organisation the clause or the focus names.
     */
    public OrgReference organisationFor(int noun) {
        String compound = compoundOrganisation(noun);
        if (compound != null) return new OrgReference(compound, false);
        Mention after = organisationAfter(noun);
        if (after != null) {
            WordList within = Vocabulary.of(language(), "place-prepositions");
            boolean in = false;
            for (int k = noun + 1; k < after.firstToken(); k++) in |= normIs(k, within);
            return new OrgReference(after.id(), in);
        }
        for (Mention m : mentions)
            if (m.isOrganisation() && m.endToken() <= noun && noun - m.endToken() <= 2) return new OrgReference(m.id(), false);
        // an organisation in another role first ("observers in the SCO"), then the one that has the members ("The SCO has ten members")
        Mention closest = null;
        for (boolean actors : new boolean[] {false, true}) {
            for (Mention m : organisations())
                if ((argument(m) == Argument.ACTOR) == actors
                        && (closest == null || distanceInClauses(m.firstToken(), noun) < distanceInClauses(closest.firstToken(), noun))) closest = m;
            if (closest != null) return new OrgReference(closest.id(), false);
        }
        String recent = organisations().isEmpty() ? recentOrganisation() : null;
        return recent == null ? null : new OrgReference(recent, false);
    }

    /** Whether the token at i is the head of a compound ("Zentralasien-Gipfel"). */
    public boolean compoundModified(int i) { return i >= 2 && tokens.get(i - 1).isDash() && tokens.get(i).glued(); }

    /** The organisation that modifies the token at i in a compound ("OVKS" in "OVKS-Truppe"), or null. */
    public String compoundOrganisation(int i) {
        if (i < 2 || !tokens.get(i - 1).isDash() || !tokens.get(i).glued()) return null;
        for (Mention m : mentions) if (m.endToken() == i - 1 && m.isOrganisation()) return m.id();
        return null;
    }

    /** The state a person belongs to: the knowledge base's nationality, or the state of a role they hold here. */
    public String stateOf(Mention person) {
        String nationality = person.entity().code("nationality");
        if (nationality != null) return nationality;
        for (RoleMention r : roles()) if (r.of() != null && r.endToken() <= person.firstToken() && person.firstToken() - r.endToken() <= 1) return r.of();
        return null;
    }


    /**
     * States governed by one of the prepositions, with coordination carried along the list: in
     * "Truppen in Mali, Niger und Tschad sowie in Libyen" all four are "in" states.
     */
    /** {@link #statesAfter(Set)} for the prepositions of the word list {@code name}. */
    public List<Mention> statesAfter(String name) { return statesAfter(words(name).words()); }

    public List<Mention> statesAfter(Set<String> prepositions) {
        List<Mention> out = new ArrayList<>();
        boolean inList = false;
        int lastEnd = -1;
        for (Mention m : mentions) {
            if (!m.isActor() || m.isDemonym()) continue;
            String before = wordBefore(m);
            boolean governed = prepositions.contains(before);
            boolean coordinated = inList && lastEnd >= 0 && onlyCoordinationBetween(lastEnd, m.firstToken(), true);
            if (governed || coordinated) {
                if (m.isState()) out.add(m);
                inList = true;
                lastEnd = m.endToken();
            } else {
                inList = false;
            }
        }
        return out;
    }

    /** Only commas, conjunctions, articles and (when {@code prepositions}) repeated prepositions: "in X, Y sowie in Z". */
    private boolean onlyCoordinationBetween(int from, int to, boolean prepositions) {
        for (int i = from; i < to; i++) {
            String n = tokens.get(i).norm();
            if (!(n.equals(",") || words("conjunctions").contains(n) || (prepositions && Words.NON_ACTOR_PREPOSITIONS.contains(n))
                    || isArticle(tokens.get(i)))) return false;
        }
        return true;
    }

    /** States in a coordinated list starting right after token i ("zwischen X und Y", "durch A, B und C"). */
    public List<Mention> listAfter(int i) {
        List<Mention> out = new ArrayList<>();
        int pos = i + 1;
        for (Mention m : mentions) {
            if (m.firstToken() < pos) continue;
            if (!onlyCoordinationBetween(pos, m.firstToken(), false) || !(m.isActor() || m.isPerson())) break;
            out.add(m);
            pos = m.endToken();
        }
        return out;
    }

    // ------------------------------------------------------------------ time

    /** The first resolved absolute or relative time of the sentence, or null. */
    public TimeExpression time() {
        for (TimeExpression t : times()) if (t.resolved()) return t;
        return null;
    }

    /**
     * The resolved time that belongs to a trigger: the first one shortly after it ("Proteste in Batken
     * 2019", "Gefechte zwischen Armenien und Aserbaidschan 2016-2018"), else the
     * nearest one ("Im März 2019 rückten die Einheiten ... ein").
     */
    public TimeExpression timeNear(int token) {
        if (token < 0) return time();
        int at = tokens.get(token).start();
        TimeExpression best = null;
        for (TimeExpression t : times()) {
            if (!t.resolved()) continue;
            if (t.start() >= at && t.start() - at <= FOLLOWING_TIME) return t;
            if (best == null || distance(t, at) < distance(best, at)) best = t;
        }
        return best;
    }

    /**
     * The state owning a noun: its possessive right before it ("Georgiens Austritt", "Georgia's withdrawal") or its
     * genitive right after it ("der Austritt Georgiens", "the withdrawal of Georgia", "выход Грузии"), else null. The
     * subject of a verb before the noun owns nothing: "Россия осудила выход".
     */
    public Mention stateOwning(int noun) {
        for (Mention m : mentions) {
            if (!m.isState() || m.isDemonym()) continue;
            boolean possessive = m.endToken() == noun || m.endToken() == noun - 1 && tokens.get(m.endToken()).norm().equals("'s");
            boolean genitive = m.firstToken() == noun + 1 || m.firstToken() == noun + 2 && (is(noun + 1, words("genitive-articles"))
                    || is(noun + 1, words("genitive-prepositions")));
            if (possessive || genitive) return m;
        }
        return null;
    }

    /** How far before a noun a word of a past standing may qualify it: "das ehemalige GUS-Mitglied". */
    private static final int FORMER_REACH = 3;

    /** "former member", "das ehemalige GUS-Mitglied", "бывший член": a standing that ended before the document's date. */
    public boolean former(int noun) { return near(noun, "former-words", FORMER_REACH); }

    /** {@link #timeNear} when it stands in the token's own clause ("gehört seit 1992 der OVKS an"), else null. */
    public TimeExpression timeNearInClause(int token) {
        TimeExpression t = timeNear(token);
        return t != null && sameClause(tokenAt(t.start()), token) ? t : null;
    }

    /** Whether the token is a word of a time expression ("году" in "в 2001 году", "September" in "im September 2022"). */
    public boolean inTime(int token) {
        int at = tokens.get(token).start();
        for (TimeExpression t : times()) if (t.start() <= at && at < t.end()) return true;
        return false;
    }

    /**
     * Whether a word of the list {@code words} or a phrase of {@code phrases} stands in the sentence: hyphenated
     * compounds ("peace-keeping", "cease-fire") are tokens of their own and live on phrase lists.
     */
    public boolean hasWordOrPhrase(String words, String phrases) { return has(words) || findPhrase(phrases) >= 0; }

    /** Past tense near the trigger ("war nur formell Mitglied", "was a member"): not a statement about the document's date. */
    public boolean past(int trigger) {
        Clause c = clauseOf(trigger);
        return c != null && c.tense() == Clause.Tense.PAST;
    }

    private static int distance(TimeExpression t, int at) {
        return at < t.start() ? t.start() - at : at >= t.end() ? at - t.end() : 0;
    }

    /** True when the sentence names a time it could not resolve (no document date): dates must then stay open. */
    public boolean hasUnresolvedTime() {
        for (TimeExpression t : times()) if (!t.resolved()) return true;
        return false;
    }

    /** The time of this sentence, or of the one before it when that one carries the same trigger ("Austritt" ... "verlassen"). */
    public TimeExpression timeOrPrevious(String relatedWords) {
        TimeExpression t = time();
        if (t != null || sentence.index() == 0) return t;
        WordList related = words(relatedWords);
        if (doc.tokens(sentence.index() - 1).stream().noneMatch(related::matches)) return null;
        for (TimeExpression p : doc.times(sentence.index() - 1)) if (p.resolved()) return p;
        return null;
    }

    /** The sentence text (normalised document text). */
    public String text() { return doc.text().substring(sentence.start(), sentence.end()); }
}
