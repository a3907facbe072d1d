package org.blocwatch.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps the lower-case words of the exchange format onto enums, with a message naming the bad word. */
final class Wire {
    private Wire() {}

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text != null) {
            String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (one of: " + allowed + ")");
    }
}
