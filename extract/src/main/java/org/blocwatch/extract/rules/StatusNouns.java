package org.blocwatch.extract.rules;

import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;

import java.util.List;

/**
 * The nouns that name a standing in an organisation, per language ({@code member-nouns},
 * {@code observer-nouns}, {@code associate-nouns}, {@code applicant-nouns}, {@code partner-nouns}).
 * A bare "partner" is a standing only beside "dialogue" ("Dialogpartner", "partner por диалогу")
 * or an organisation right after it ("партнер ШОС"): alone it is as often a trading partner.
 * "assoziiertes Mitglied", "associate member" are one associate standing, not also a membership.
 */
final class StatusNouns {
    private final WordList member, observer, partner, associate, applicant, partnerWords, dialogue;

    StatusNouns(String lang) {
        member = Vocabulary.of(lang, "member-nouns");
        observer = Vocabulary.of(lang, "observer-nouns");
        partner = Vocabulary.of(lang, "partner-nouns");
        associate = Vocabulary.of(lang, "associate-nouns");
        applicant = Vocabulary.of(lang, "applicant-nouns");
        partnerWords = Vocabulary.of(lang, "partner-words");
        dialogue = Vocabulary.of(lang, "dialogue-words");
    }

    /** The standing token i names, or null. */
    MembershipStatus at(SentenceView s, int i) {
        List<Token> tokens = s.tokens();
        String n = tokens.get(i).norm();
        if (associate.contains(n)) return MembershipStatus.ASSOCIATE;
        if (member.contains(n)) return associateBefore(tokens, i) ? null : MembershipStatus.MEMBER;
        if (observer.contains(n)) return MembershipStatus.OBSERVER;
        if (applicant.contains(n)) return MembershipStatus.APPLICANT;
        if (partner.contains(n)) return MembershipStatus.PARTNER;
        if (partnerWords.contains(n) && (dialogueNear(tokens, i) || s.organisationRightAfter(i))) return MembershipStatus.PARTNER;
        return null;
    }

    /** "assoziiertes Mitglied", "associate member": the member noun is the associate standing's head. */
    private boolean associateBefore(List<Token> tokens, int i) {
        return i > 0 && associate.contains(tokens.get(i - 1).norm());
    }

    private boolean dialogueNear(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < Math.min(tokens.size(), i + 3); k++) if (dialogue.contains(tokens.get(k).norm())) return true;
        return false;
    }
}
