package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;

/**
 * The nouns that name a standing in an organisation, per language ({@code member-nouns},
 * {@code observer-nouns}, {@code associate-nouns}, {@code applicant-nouns}, {@code partner-nouns}).
 * A bare "partner" is a standing only beside "dialogue" ("Dialogpartner", "partner por диалогу")
 * or an organisation right after it ("партнер ШОС"): alone it is as often a trading partner.
 * "assoziiertes Mitglied", "associate member" are one associate standing, not also a membership.
 */
final class StatusNouns {
    private final WordList member, observer, partner, associate, applicant, partnerWords, dialogue, part, participant, stateWords;

    StatusNouns(String lang) {
        member = Vocabulary.of(lang, "member-nouns");
        observer = Vocabulary.of(lang, "observer-nouns");
        partner = Vocabulary.of(lang, "partner-nouns");
        associate = Vocabulary.of(lang, "associate-nouns");
        applicant = Vocabulary.of(lang, "applicant-nouns");
        partnerWords = Vocabulary.of(lang, "partner-words");
        dialogue = Vocabulary.of(lang, "dialogue-words");
        part = Vocabulary.of(lang, "part-nouns");
        participant = Vocabulary.of(lang, "participant-nouns");
        stateWords = Vocabulary.of(lang, "state-words");
    }

    /** The standing token i names, or null. */
    MembershipStatus at(SentenceView s, int i) {
        if (s.normIs(i, associate)) return MembershipStatus.ASSOCIATE;
        if (s.normIs(i, member)) return associateBefore(s, i) ? null : MembershipStatus.MEMBER;
        if (s.normIs(i, observer)) return MembershipStatus.OBSERVER;
        if (s.normIs(i, applicant)) return MembershipStatus.APPLICANT;
        if (s.normIs(i, partner)) return MembershipStatus.PARTNER;
        if (s.normIs(i, partnerWords) && (dialogueNear(s, i) || s.organisationRightAfter(i))) return MembershipStatus.PARTNER;
        // "part of the union" is membership; "part of the agenda" is not about a standing
        if (s.normIs(i, part) && s.organisationRightAfter(i)) return MembershipStatus.MEMBER;
        // "государства-участники": participating states are member states; "участники саммита" are not
        if (s.normIs(i, participant) && s.compoundModified(i) && s.normIs(i - 2, stateWords)) return MembershipStatus.MEMBER;
        return null;
    }

    /** "assoziiertes Mitglied", "associate member": the member noun is the associate standing's head. */
    private boolean associateBefore(SentenceView s, int i) {
        return i > 0 && s.normIs(i - 1, associate);
    }

    private boolean dialogueNear(SentenceView s, int i) {
        for (int k = Math.max(0, i - 2); k < Math.min(s.tokens().size(), i + 3); k++) if (s.normIs(k, dialogue)) return true;
        return false;
    }
}
