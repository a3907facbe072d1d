package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;

/**
 * A state named with its allies or partners in an organisation is a member of it: "Russia and its
 * partners in the alliance", "Russia's CSTO allies", "Russland und seine OVKS-Verbündeten", "союзники
 * России по ОДКБ" ({@code ally-nouns}). The state owns the noun: before it with "and its"
 * ({@code possessive-pronouns}) or a possessive "'s", or right after it as a genitive ("the allies of
 * Russia"). The organisation modifies the noun (a compound, a name before it) or follows it ("in the
 * CSTO", "по ОДКБ"). The noun presupposes the membership, so it holds at the document's date whatever
 * the clause's tense; former allies and dialogue partners are not fellow members.
 */
public final class AllyRule implements ClaimRule {

    @Override public String name() { return "ally"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        WordList allies = s.words("ally-nouns");
        for (int t = 0; t < s.tokens().size(); t++) {
            if (!s.normIs(t, allies) || qualified(s, t)) continue;
            Mention before = organisationBefore(s, t);
            int front = before == null ? t : before.firstToken();
            Mention owner = ownerBefore(s, front);
            if (owner == null) owner = s.stateOwning(t);
            if (owner == null) continue;
            String org = before != null ? before.id() : null;
            if (org == null) {
                // "союзники России по ОДКБ": the organisation follows the owner named after the noun
                Mention after = s.organisationAfter(owner.firstToken() > t ? owner.endToken() - 1 : t);
                org = after == null ? null : after.id();
            }
            if (org != null) out.emit(Memberships.at(owner.id(), org, MembershipStatus.MEMBER, s.documentDate()), name(), 0.65);
        }
    }

    /** "former allies", "dialogue partners": no fellow members of today. */
    private static boolean qualified(SentenceView s, int noun) {
        for (int k = Math.max(0, noun - 2); k < noun; k++) if (s.normIs(k, s.words("former-words")) || s.normIs(k, s.words("dialogue-words"))) return true;
        return false;
    }

    /** "CSTO allies", "OVKS-Verbündete": an organisation's name right before the noun or joined to it. */
    private static Mention organisationBefore(SentenceView s, int noun) {
        for (Mention m : s.organisations()) if (m.endToken() == noun || s.compoundModified(noun) && m.endToken() == noun - 1) return m;
        return null;
    }

    /** "Russia and its", "Russia's": the state owning what starts at {@code front}. */
    private static Mention ownerBefore(SentenceView s, int front) {
        int k = front - 1;
        if (k < 0) return null;
        if (s.token(k).norm().equals("'s")) return stateEndingAt(s, k);
        if (!s.normIs(k, s.words("possessive-pronouns")) || k < 1 || !s.normIs(k - 1, s.words("conjunctions"))) return null;
        return stateEndingAt(s, k - 1);
    }

    private static Mention stateEndingAt(SentenceView s, int end) {
        for (Mention m : s.mentions()) if (m.endToken() == end && m.isState() && !m.isDemonym()) return m;
        return null;
    }
}
