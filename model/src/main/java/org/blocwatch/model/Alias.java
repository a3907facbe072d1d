package org.blocwatch.model;

/** One way of writing an entity's name. {@code lang} is "de", "en", "ru" or null (any). */
public record Alias(String text, String lang, AliasKind kind) {
    public Alias {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty alias");
        text = text.strip();
    }
}
