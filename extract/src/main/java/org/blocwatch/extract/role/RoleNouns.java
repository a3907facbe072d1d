package org.blocwatch.extract.role;

import org.blocwatch.extract.entity.Stemmer;
import org.blocwatch.extract.text.Token;
import org.blocwatch.model.Names;
import org.blocwatch.model.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The words for offices in German, English and Russian, as stemmed token sequences so that case
 * and number ("Präsidenten", "Außenministers") do not matter. "Chef" counts only as the head of a
 * compound whose modifier names a government ("Kreml-Chef"), which the recognizer checks.
 */
final class RoleNouns {
    private static final Map<String, Role> PHRASES = new HashMap<>();
    /** Stems that can begin a role phrase: most tokens are rejected by one look-up. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    private static final int LONGEST = 4;

    static {
        put(Role.HEAD_OF_STATE, "Präsident", "Präsidentin", "Staatspräsident", "Staatschef", "Staatsoberhaupt", "Staatsoberhäupter",
                "President", "Президент", "Chef", "Vorsitzende", "Vorsitzender", "chairman");
        put(Role.HEAD_OF_GOVERNMENT, "Premierminister", "Premierministerin", "Ministerpräsident", "Ministerpräsidentin", "Regierungschef",
                "Regierungschefin", "Prime Minister", "Premier", "Премьер-министр", "Премьер");
        put(Role.FOREIGN_MINISTER, "Außenminister", "Außenministerin", "Foreign Minister", "Министр иностранных дел", "Глава МИД");
        put(Role.DEPUTY_FOREIGN_MINISTER, "Vize-Außenminister", "Vizeaußenminister", "stellvertretende Außenminister", "stellvertretender Außenminister",
                "Deputy Foreign Minister", "Vice Foreign Minister", "Заместитель министра иностранных дел", "Замминистра иностранных дел");
        put(Role.DEFENCE_MINISTER, "Verteidigungsminister", "Verteidigungsministerin", "Defence Minister", "Defense Minister", "Министр обороны");
        put(Role.ENERGY_MINISTER, "Energieminister", "Energieministerin", "Energy Minister", "Министр энергетики");
        put(Role.SECRETARY_GENERAL, "Generalsekretär", "Generalsekretärin", "Secretary General", "Secretary-General", "Генеральный секретарь", "Генсек");
        put(Role.SPOKESPERSON, "Sprecher", "Sprecherin", "Regierungssprecher", "Pressesprecher", "Spokesman", "Spokeswoman", "Spokesperson",
                "Пресс-секретарь");
    }

    private RoleNouns() {}

    private static void put(Role role, String... phrases) {
        for (String p : phrases) {
            List<String> words = List.of(Names.normalise(p).replace("-", " - ").split("\\s+"));
            PHRASES.put(key(words), role);
            FIRST_WORDS.add(Stemmer.stem(words.get(0)));
        }
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

    static boolean isChef(Token t) { return t.norm().equals("chef") || t.norm().equals("chefs"); }

    static boolean isChair(Token t) { return t.norm().startsWith("vorsitzend") || t.norm().equals("chairman"); }
}
