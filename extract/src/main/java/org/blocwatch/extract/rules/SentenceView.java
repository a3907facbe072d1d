package org.blocwatch.extract.rules;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.text.Sentence;
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
    /** How many sentences back an organisation named earlier still counts as "die Organisation". */
    private static final int ANAPHORA_REACH = 6;
    private static final int SCOPE = 7;
    private static final int CLAUSE_REACH = 15;
    private static final int HEDGE_REACH = 3;
    /** How far (in characters) after its trigger an event's own date usually stands. */
    private static final int FOLLOWING_TIME = 60;

    private final AnnotatedDocument doc;
    private final OfficeHolders holders;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final java.util.BitSet beginnings = new java.util.BitSet(1024);

    public SentenceView(AnnotatedDocument doc, Sentence sentence, OfficeHolders holders) {
        this.doc = doc;
        this.holders = holders;
        this.sentence = sentence;
        this.tokens = doc.tokens(sentence.index());
        this.mentions = doc.mentions(sentence.index());
        for (Token t : tokens) if (!t.norm().isEmpty()) beginnings.set(beginning(t.norm()));
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

    /** The first token whose normal form starts with one of the prefixes, or -1. */
    public int find(String... prefixes) { return findFrom(0, prefixes); }

    public int findFrom(int from, String... prefixes) {
        int best = -1;
        for (String p : prefixes) {
            if (!beginnings.get(beginning(p))) continue;
            for (int i = Math.max(0, from); i < (best < 0 ? tokens.size() : best); i++)
                if (tokens.get(i).norm().startsWith(p)) { best = i; break; }
        }
        return best;
    }

    /** A small hash of a word's first two letters; rules ask for dozens of prefixes per sentence, and most begin no token. */
    private static int beginning(String word) {
        int h = word.charAt(0) * 31 + (word.length() > 1 ? word.charAt(1) : 0);
        return h & 1023;
    }

    public boolean has(String... prefixes) { return find(prefixes) >= 0; }

    /** Whether this sentence or the one before has a word starting with one of the prefixes. */
    public boolean hereOrBefore(String... prefixes) {
        if (has(prefixes)) return true;
        if (sentence.index() == 0) return false;
        for (Token t : doc.tokens(sentence.index() - 1))
            for (String p : prefixes) if (t.norm().startsWith(p)) return true;
        return false;
    }

    /** Whether a token is exactly one of the words. */
    public boolean hasWord(Set<String> words) {
        for (Token t : tokens) if (words.contains(t.norm())) return true;
        return false;
    }

    /** A word of refusal near the trigger: "schloss ... aus", "lehnte ab", "ruled out", "отказал". */
    public boolean denied(int trigger) { return near(trigger, Words.DENIAL, false); }

    /** The first token whose normal form is exactly one of the words, or -1. */
    public int findWord(String... words) {
        for (int i = 0; i < tokens.size(); i++)
            for (String w : words) if (tokens.get(i).norm().equals(w)) return i;
        return -1;
    }

    /** A negation within a few tokens of the trigger, in the same clause. */
    public boolean negated(int trigger) { return near(trigger, Words.NEGATION, false); }

    /**
     * A modal, intention or hedge anywhere in the trigger's clause before it, or just after it: German
     * puts the verb last ("Armenien will die OVKS womöglich verlassen"), English first ("plans to leave").
     */
    public boolean modal(int trigger) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - CLAUSE_REACH); i--) {
            Token t = tokens.get(i);
            if (isClauseBreak(t) || t.norm().equals(",")) break;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (Words.MODAL.contains(w) || (trigger - i <= HEDGE_REACH && Words.HEDGES.contains(w))) return true;
        }
        return near(trigger, Words.MODAL, true);
    }

    private boolean near(int trigger, Set<String> words, boolean surface) {
        for (int i = Math.max(0, trigger - SCOPE); i < Math.min(tokens.size(), trigger + SCOPE); i++) {
            Token t = tokens.get(i);
            if (i < trigger && isClauseBreak(t)) continue;
            String w = surface ? t.text().toLowerCase(Locale.ROOT) : t.norm();
            if (words.contains(w)) return !clauseBreakBetween(i, trigger);
        }
        return false;
    }

    private boolean clauseBreakBetween(int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (isClauseBreak(tokens.get(i))) return true;
        return false;
    }

    private static boolean isClauseBreak(Token t) {
        return t.norm().equals(";") || t.norm().equals(":") || t.norm().equals("obwohl") || t.norm().equals("although")
                || t.norm().equals("wahrend") || t.norm().equals("while") || t.norm().equals("aber") || t.norm().equals("but");
    }

    // ------------------------------------------------------------------ entities

    /**
     * States acting in the sentence: named (or metonymic) states that are not the object of a
     * preposition such as "gegen", "in", "von". Demonyms are left out: "die russische Armee"
     * makes Russia an actor only in rules that say so.
     */
    public List<Mention> actingStates() {
        List<Mention> governed = statesAfter(Words.NON_ACTOR_PREPOSITIONS);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (m.isState() && !m.isDemonym() && !governed.contains(m) && !compoundModifier(m)) out.add(m);
        return out;
    }

    /** "ASTANA — Leaders of ...": a place opening the sentence and set off by a dash is where the report was filed. */
    public boolean isDateline(Mention m) {
        boolean city = m.via() == org.blocwatch.model.AliasKind.METONYM || m.kind() == org.blocwatch.model.EntityKind.PLACE
                || tokens.get(m.firstToken()).isAllCaps();
        return city && m.firstToken() == 0 && m.endToken() < tokens.size() && tokens.get(m.endToken()).isDash()
                && !tokens.get(m.endToken()).glued();
    }

    /** The acting state closest before a token, else the first after it: the subject of a verb. */
    public Mention subjectOf(int trigger) {
        Mention before = null, after = null;
        for (Mention m : actingStates()) {
            if (m.firstToken() < trigger) before = m;
            else if (after == null) after = m;
        }
        return before != null ? before : after;
    }

    /** "Ukraine" in "Ukraine-Krieg": a name that only modifies the noun it is joined to. */
    public boolean compoundModifier(Mention m) {
        int next = m.endToken();
        return next + 1 < tokens.size() && tokens.get(next).isDash() && tokens.get(next + 1).glued() && tokens.get(next + 1).isWord();
    }

    /** Whether no clause break (";", ":", "obwohl", "aber" ...) lies between two tokens. */
    public boolean sameClause(int a, int b) { return !clauseBreakBetween(a, b); }

    /** Whether one of the sentence's mentions names this id as a state. */
    public boolean isState(String id) {
        for (Mention m : mentions) if (m.id().equals(id)) return m.isState();
        return false;
    }


    public boolean afterPreposition(Mention m) {
        int i = m.firstToken() - 1;
        while (i >= 0 && isArticle(tokens.get(i))) i--;
        return i >= 0 && Words.NON_ACTOR_PREPOSITIONS.contains(tokens.get(i).norm());
    }

    /** "die Gerichtsbarkeit der Ukraine": a state in the genitive after another noun, which it only qualifies. */
    public boolean genitiveAttribute(Mention m) {
        int i = m.firstToken() - 1;
        if (i < 1) return false;
        String article = tokens.get(i).norm();
        if (!article.equals("der") && !article.equals("des")) return false;
        Token before = tokens.get(i - 1);
        return before.isWord() && !Words.NON_ACTOR_PREPOSITIONS.contains(before.norm()) && (before.isCapitalised() || before.isAllCaps());
    }

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
     * Who "Er", "he" refers to: the first person named in the nearest earlier sentence that names
     * one - the subject of that sentence, more often than not ("Putin traf Erdoğan. Zuvor hatte er ...").
     */
    public Mention recentPerson() {
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 3); s--)
            for (Mention m : doc.mentions(s)) if (m.isPerson()) return m;
        return null;
    }

    /** "das Land", "the country", "страна": the state last named as an actor in the two sentences before. */
    public Mention anaphoricState() {
        boolean refers = false;
        for (int i = 1; i < tokens.size(); i++) {
            String n = tokens.get(i).norm(), before = tokens.get(i - 1).norm();
            if ((n.equals("land") && (before.equals("das") || before.equals("dieses")))
                    || (n.equals("country") && (before.equals("the") || before.equals("this")))) refers = true;
        }
        if (!refers) return null;
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 2); s--) {
            List<Mention> ms = doc.mentions(s);
            for (int i = ms.size() - 1; i >= 0; i--) if (ms.get(i).isState() && !ms.get(i).isDemonym()) return ms.get(i);
        }
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
    public List<Mention> statesAfter(Set<String> prepositions) {
        List<Mention> out = new ArrayList<>();
        boolean inList = false;
        int lastEnd = -1;
        for (Mention m : mentions) {
            if (!m.isActor() || m.isDemonym()) continue;
            String before = wordBefore(m);
            boolean governed = prepositions.contains(before) || isDateline(m);
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
            if (!(n.equals(",") || n.equals("und") || n.equals("and") || n.equals("sowie") || n.equals("и") || n.equals("or")
                    || n.equals("oder") || (prepositions && Words.NON_ACTOR_PREPOSITIONS.contains(n)) || isArticle(tokens.get(i)))) return false;
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

    /** Past tense near the trigger ("war nur formell Mitglied", "was a member"): not a statement about the document's date. */
    public boolean past(int trigger) { return near(trigger, Words.PAST, false); }

    private static int distance(TimeExpression t, int at) {
        return at < t.start() ? t.start() - at : at >= t.end() ? at - t.end() : 0;
    }

    /** True when the sentence names a time it could not resolve (no document date): dates must then stay open. */
    public boolean hasUnresolvedTime() {
        for (TimeExpression t : times()) if (!t.resolved()) return true;
        return false;
    }

    /** The time of this sentence, or of the one before it when that one carries the same trigger ("Austritt" ... "verlassen"). */
    public TimeExpression timeOrPrevious(String... previousTriggers) {
        TimeExpression t = time();
        if (t != null || sentence.index() == 0) return t;
        List<Token> prev = doc.tokens(sentence.index() - 1);
        boolean related = prev.stream().anyMatch(tok -> {
            for (String p : previousTriggers) if (tok.norm().startsWith(p)) return true;
            return false;
        });
        if (!related) return null;
        for (TimeExpression p : doc.times(sentence.index() - 1)) if (p.resolved()) return p;
        return null;
    }

    /** The sentence text (normalised document text). */
    public String text() { return doc.text().substring(sentence.start(), sentence.end()); }
}
