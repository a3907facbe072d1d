package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.model.MembershipStatus;

import java.util.List;

/**
 * An organisation named with its members in apposition: "der Unionsstaat Russland und Belarus",
 * "the Union State of Russia and Belarus", "Союзное государство России и Белоруссии". A list of at
 * least two states right after the name (a linking "of"/"von" aside) makes each a member at the
 * document's date; in the past tense, with no date.
 */
public final class MemberAppositionRule implements ClaimRule {

    @Override public String name() { return "member-apposition"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        for (Mention org : s.organisations()) {
            List<Mention> members = membersInApposition(s, org);
            if (members.isEmpty() || s.negated(org.firstToken()) || s.modal(org.firstToken())) continue;
            for (Mention m : members)
                out.emit(Memberships.at(m.id(), org.id(), MembershipStatus.MEMBER, s.past(org.firstToken()) ? null : s.documentDate()), name(), 0.65);
        }
    }

    /** The states, two at least, listed right after an organisation's name (a linking "of"/"von" aside), else none. */
    static List<Mention> membersInApposition(SentenceView s, Mention org) {
        List<Mention> ms = s.mentions();
        int i = ms.indexOf(org);
        if (i < 0 || i + 1 >= ms.size()) return List.of();
        Mention first = ms.get(i + 1);
        if (!first.isState() || first.isDemonym()) return List.of();
        int gap = first.firstToken() - org.endToken();
        if (gap > 1 || (gap == 1 && !Vocabulary.of(s.language(), "apposition-links").contains(s.token(org.endToken()).norm()))) return List.of();
        // the name itself joins the list when nothing stands between: the members are what follows it
        List<Mention> list = s.listOf(first);
        int at = list.indexOf(first);
        if (at > 0 && list.get(at - 1) != org) return List.of();
        List<Mention> members = list.subList(at, list.size()).stream().filter(m -> m.isState() && !m.isDemonym()).toList();
        return members.size() < 2 ? List.of() : members;
    }
}
