package org.blocwatch.extract.role;

import org.blocwatch.extract.entity.Transliteration;
import org.blocwatch.model.Names;

import java.util.Arrays;
import java.util.List;

/**
 * Whether two spellings of a person's name can be one name written by two outlets: "Heidar Aliyev"
 * and "Heydar Aliyev", "Rakhmonov" and "Rahmon", "Paschinian" and "Pashinyan". Each word is reduced to
 * its {@link Transliteration#key transliteration key}, and the last names must differ by at most one
 * letter, with or without a Russian surname suffix (-ov, -ev, -ova); a first name, where both give
 * one, must start alike. This is loose on purpose: it is only asked about the holders of the very
 * office the text names, so a near-spelling among them is the same person.
 */
final class SpellingVariants {
    private SpellingVariants() {}

    static boolean sameName(String a, String b) {
        List<String> x = words(a), y = words(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        String last = x.get(x.size() - 1), other = y.get(y.size() - 1);
        if (!close(last, other) && !close(stem(last), stem(other))) return false;
        return x.size() == 1 || y.size() == 1 || x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    private static List<String> words(String name) {
        return Arrays.stream(Names.normalise(name).split("[ -]+")).filter(w -> !w.isEmpty()).map(Transliteration::key).toList();
    }

    private static String stem(String key) {
        for (String suffix : List.of("ova", "eva", "ov", "ev"))
            if (key.endsWith(suffix) && key.length() - suffix.length() >= 4) return key.substring(0, key.length() - suffix.length());
        return key;
    }

    /** Equal, or one letter inserted, deleted or replaced, for words of five letters or more. */
    private static boolean close(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) j++;
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }
}
