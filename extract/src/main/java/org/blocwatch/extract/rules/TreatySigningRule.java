package org.blocwatch.extract.rules;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signed treaties: "der Vertrag, der im Mai 1992 in Taschkent durch die Vertreter von Armenien,
 * Kasachstan ... unterzeichnet wurde", "das Abkommen ... der OVKS wurde im Oktober 2007
 * unterzeichnet", "das 1992 geschlossene Bündnis", "signed by Russia and Belarus". Signatories
 * are the states named (not those named as the place); with none, the organisation's members.
 * When the treaty named is an organisation's founding treaty, the signatories are its members
 * from that date. "nicht unterzeichnet" is no signing. Parties that agree on a treaty ({@code agreement-verbs}
 * with {@code agreement-nouns}: "haben sich A und B auf eine Waffenruhe geeinigt", "agreed a truce") sign it;
 * a ceasefire ({@code ceasefire-nouns}) is the outcome.
 */
public final class TreatySigningRule implements ClaimRule {

    private static final Pattern ATTRIBUTIVE = Pattern.compile("(geschlossen|abgeschlossen|unterzeichnet)(e|en|er|es)");
    private static final Pattern ACTIVE = Pattern.compile("unterzeichnete(n)?|unterschrieb(en)?|signed|подписал[аи]?");

    @Override public String name() { return "treaty-signing"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("sign-verbs");
        if (t < 0) {
            int concluded = s.find("conclude-verbs");
            if (concluded >= 0 && s.has("treaty-nouns"))
                t = concluded;
        }
        boolean agreed = false;
        if (t < 0) {
            int agree = s.findWord(Vocabulary.of(s.language(), "agreement-verbs"));
            if (agree >= 0 && (s.has(Vocabulary.of(s.language(), "agreement-nouns")) || ceasefire(s))) { t = agree; agreed = true; }
        }
        // an attributive participle ("das 1992 geschlossene Bündnis") presupposes the signing, whatever the clause says of
        // it, unless negated itself ("das nie unterzeichnete Abkommen")
        boolean attributive = ATTRIBUTIVE.matcher(s.token(Math.max(t, 0)).norm()).matches();
        if (t < 0 || (attributive ? s.noneSuch(t) : s.negated(t) || s.modal(t))) return;
        Mention treaty = null;
        for (Mention m : s.organisations()) { treaty = m; break; }
        String org = treaty != null ? treaty.id() : s.has("alliance-nouns") ? s.recentOrganisation() : null;
        List<String> signatories = new ArrayList<>();
        for (Mention m : s.statesAfter("signatory-prepositions"))
            if (!signatories.contains(m.id())) signatories.add(m.id());
        if (signatories.isEmpty() && (agreed || activeVerb(s.token(t).norm())))
            for (Mention m : s.actingStates()) if (!signatories.contains(m.id())) signatories.add(m.id());
        List<Mention> leadersBeside = leadersBeside(s);
        if (signatories.isEmpty() && (companions(s) > 0 || !leadersBeside.isEmpty())) {
            // "after signing the deal with the leaders of A and B, X said": those beside the signer sign too
            for (Mention m : s.mentions())
                if (m.isState() && !m.isDemonym() && (s.argument(m) == Argument.COMPANION || leadersBeside.contains(m)) && !signatories.contains(m.id()))
                    signatories.add(m.id());
            for (Mention m : s.mentions())
                if (m.isPerson() && s.stateOf(m) != null && !signatories.contains(s.stateOf(m))) signatories.add(s.stateOf(m));
            for (RoleMention r : s.roles()) if (r.of() != null && s.isState(r.of()) && !signatories.contains(r.of())) signatories.add(r.of());
        }
        // "Putin unterzeichnete das Abkommen mit den Präsidenten von A und B": the signer in person is a party too
        if (!leadersBeside.isEmpty())
            for (Mention m : s.mentions())
                if (m.isPerson() && s.argument(m) == Argument.ACTOR && s.stateOf(m) != null && !signatories.contains(s.stateOf(m))) signatories.add(s.stateOf(m));
        if (agreed && signatories.size() < 2) return;
        if (signatories.isEmpty() && org == null) return;
        TimeExpression time = s.timeNear(t);
        List<String> participants = signatories.isEmpty() ? List.of("members:" + org) : signatories;
        String outcome = ceasefire(s) ? "ceasefire" : null;
        out.emit(Events.of(EventKind.TREATY_SIGNING, participants, org, Events.place(s), time, outcome), name(), 0.7);
        if (treaty != null && foundingTreaty(s, treaty) && time != null)
            for (String state : signatories) out.emit(Memberships.since(state, org, MembershipStatus.MEMBER, time), "founding-signatory", 0.75);
    }

    /** "with the leaders of A and B", "mit den Präsidenten von A und B", "с лидерами А и Б": the states whose leaders stand beside the signer. */
    private static List<Mention> leadersBeside(SentenceView s) {
        WordList leaders = s.words("leader-nouns");
        int n = s.tokens().size();
        for (int i = 0; i + 1 < n; i++) {
            if (!s.is(i, s.words("companion-prepositions"))) continue;
            int k = i + 1;
            while (k < n && s.is(k, s.words("articles"))) k++;
            if (k >= n || !s.normIs(k, leaders)) continue;
            int first = k + 1;
            if (first < n && (s.is(first, s.words("genitive-prepositions")) || s.is(first, s.words("genitive-articles")))) first++;
            for (Mention m : s.mentions())
                if (m.firstToken() == first && m.isState() && !m.isDemonym()) return s.listOf(m).stream().filter(x -> x.isState() && !x.isDemonym()).toList();
        }
        return List.of();
    }

    /** A ceasefire in the sentence: a word ({@code ceasefire-nouns}) or a hyphenated phrase ("cease-fire"). */
    private static boolean ceasefire(SentenceView s) {
        return s.hasWordOrPhrase("ceasefire-nouns", "ceasefire-phrases");
    }

    private static int companions(SentenceView s) {
        int n = 0;
        for (Mention m : s.mentions()) if (m.isState() && s.argument(m) == Argument.COMPANION) n++;
        return n;
    }

    /** "unterzeichneten", "signed" as a finite verb has its signatories as subject; "unterzeichnet wurde", "geschlossene" does not. */
    private static boolean activeVerb(String norm) {
        return ACTIVE.matcher(norm).matches();
    }

    /** The organisation is named by its treaty ("Vertrag über kollektive Sicherheit"), so signing it is joining. */
    private static boolean foundingTreaty(SentenceView s, Mention treaty) {
        for (int i = treaty.firstToken(); i < treaty.endToken(); i++) {
            if (s.is(i, s.words("founding-treaty-nouns"))) return true;
        }
        return false;
    }
}
