package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
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
        WordList links = Vocabulary.of(s.language(), "apposition-links");
        List<Mention> ms = s.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention org = ms.get(i), first = ms.get(i + 1);
            if (!org.isOrganisation() || !first.isState() || first.isDemonym()) continue;
            int gap = first.firstToken() - org.endToken();
            if (gap > 1 || (gap == 1 && !links.contains(s.token(org.endToken()).norm()))) continue;
            // the name itself joins the list when nothing stands between: the members are what follows it
            List<Mention> list = s.listOf(first);
            int at = list.indexOf(first);
            if (at > 0 && list.get(at - 1) != org) continue;
            List<Mention> members = list.subList(at, list.size());
            if (members.size() < 2 || s.negated(org.firstToken()) || s.modal(org.firstToken())) continue;
            for (Mention m : members)
                if (m.isState() && !m.isDemonym())
                    out.emit(Memberships.at(m.id(), org.id(), MembershipStatus.MEMBER, s.past(org.firstToken()) ? null : s.documentDate()), name(), 0.65);
        }
    }
}
