package org.blocwatch.extract.rules;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Method;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.Poll;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds claims: runs every rule on every sentence and quotes the sentence's original words as
 * provenance. A document repeats itself ("der Krieg Russlands gegen die Ukraine" in every other
 * paragraph), so a claim already made by an earlier sentence is not made again, and an undated
 * event is dropped when the document also dates the same event (same kind, participants,
 * organisation and outcome). A summit reported with its attendees makes a report of the same summit that
 * names only "the members" redundant. A poll figure repeated (a lead and the body both give it) is one claim.
 */
public final class ClaimRecognizer implements Annotator {
    private final List<ClaimRule> rules;
    private final OfficeHolders holders;
    private final Clock clock;

    public ClaimRecognizer(List<ClaimRule> rules, OfficeHolders holders, Clock clock) {
        this.rules = List.copyOf(rules);
        this.holders = holders;
        this.clock = clock;
    }

    /** Every rule of the package, in a fixed order. */
    public static List<ClaimRule> allRules() {
        return List.of(new StatusStatementRule(), new MemberStateRule(), new MemberAppositionRule(), new MemberListVerbRule(), new AllyRule(), new AccessionRule(), new ApplicationRule(), new WithdrawalRule(),
                new SuspensionRule(), new FoundingRule(), new OfficeRule(), new SummitRule(), new MeetingRule(),
                new InterventionRule(), new ArmedClashRule(), new ExerciseRule(), new TreatySigningRule(),
                new AssistanceRequestRule(), new UnrestRule(), new TradeRule(), new InvestmentRule(), new PollRule());
    }

    @Override public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.ROLES, Layer.PERSONS, Layer.COREFERENCE, Layer.CLAUSES, Layer.TIMES, Layer.AMOUNTS, Layer.ARGUMENTS, Layer.WORDS);
    }

    @Override public Layer provides() { return Layer.CLAIMS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        NormalisedText text = doc.source().text();
        for (Sentence sentence : doc.sentences()) {
            SentenceView view = new SentenceView(doc, sentence, holders);
            int[] span = text.originalSpan(sentence.start(), sentence.end());
            Provenance.Document provenance = new Provenance.Document(doc.source().id(), span[0], span[1],
                    text.originalQuote(sentence.start(), sentence.end()));
            for (ClaimRule rule : rules) {
                rule.apply(view, (body, ruleName, confidence) -> claims.computeIfAbsent(ClaimJson.bodyKey(body),
                        key -> Claim.of(body, provenance, Method.extracted(ruleName), confidence, ReviewState.PROPOSED, clock.instant())));
            }
        }
        for (Claim c : withoutUndatedRepeats(new ArrayList<>(claims.values()))) doc.addClaim(c);
    }

    private static List<Claim> withoutUndatedRepeats(List<Claim> claims) {
        Set<String> polls = new HashSet<>();
        claims.removeIf(c -> c.body() instanceof Poll p && !polls.add(p.population() + "|" + p.question() + "|" + p.value().stripTrailingZeros()));
        claims.removeIf(c -> c.body() instanceof Event e && isGenericSummit(e) && claims.stream().anyMatch(o -> attendedSame(o, e)));
        Set<String> dated = new HashSet<>();
        for (Claim c : claims) if (c.body() instanceof Event e && e.date() != null) dated.add(eventKey(e));
        Set<String> seenUndated = new HashSet<>();
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.body() instanceof Event e && e.date() == null) {
                String key = eventKey(e);
                if (dated.contains(key) || !seenUndated.add(key)) continue;
            }
            out.add(c);
        }
        return out;
    }

    /** A summit whose participants are just "the members": the text did not say who came. */
    private static boolean isGenericSummit(Event e) {
        return e.kind() == EventKind.SUMMIT && e.participants().size() == 1 && e.participants().get(0).startsWith("members:");
    }

    /** Another claim reports who attended the same organisation's summit (same date, or one of them undated). */
    private static boolean attendedSame(Claim other, Event generic) {
        return other.body() instanceof Event e && e.kind() == EventKind.SUMMIT && !isGenericSummit(e) && Objects.equals(e.org(), generic.org())
                && (e.date() == null || generic.date() == null || e.date().equals(generic.date()));
    }

    /** The same event told twice: kind, participants, organisation and outcome agree. */
    private static String eventKey(Event e) {
        return e.kind() + "|" + new TreeSet<>(e.participants()) + "|" + e.org() + "|" + e.outcome();
    }
}
