package org.blocwatch.extract.role;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.entity.Stemmer;
import org.blocwatch.extract.text.Token;
import org.blocwatch.model.Names;
import org.blocwatch.model.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words for offices in German, English and Russian (word lists {@code role-<role>}, e.g.
 * {@code role-head_of_government}: "Regierungschef", "глава правительства"), as stemmed token sequences so that case
 * and number ("Präsidenten", "Außenministers") do not matter. "Chef" counts only as the head of a
 * compound whose modifier names a government ("Kreml-Chef"), which the recognizer checks.
 */
final class RoleNouns {
    private static final Map<String, Role> PHRASES = new HashMap<>();
    /** Stems that can begin a role phrase: most tokens are rejected by one look-up. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    private static final int LONGEST = 4;

    static {
        for (Role role : Role.values())
            for (String lang : List.of("de", "en", "ru"))
                for (String phrase : Vocabulary.lines(lang, "role-" + role.name().toLowerCase(Locale.ROOT))) put(role, phrase);
    }

    private RoleNouns() {}

    private static void put(Role role, String phrase) {
        List<String> words = List.of(Names.normalise(phrase).replace("-", " - ").split("\\s+"));
        PHRASES.put(key(words), role);
        FIRST_WORDS.add(Stemmer.stem(words.get(0)));
    }

    private static String key(List<String> norms) {
        StringBuilder b = new StringBuilder();
        for (String n : norms) b.append(Stemmer.stem(n)).append(' ');
        return b.toString();
    }

    private static String stems(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.stem()).append(' ');
        return b.toString();
    }

    /** A role phrase starting at token i: {end, role ordinal}, or null. Longest phrase first. */
    static Map.Entry<Integer, Role> at(List<Token> tokens, int i) {
        if (!FIRST_WORDS.contains(tokens.get(i).stem())) return null;
        for (int len = Math.min(LONGEST, tokens.size() - i); len >= 1; len--) {
            Role role = PHRASES.get(stems(tokens.subList(i, i + len)));
            if (role != null) return Map.entry(i + len, role);
        }
        return null;
    }

}
