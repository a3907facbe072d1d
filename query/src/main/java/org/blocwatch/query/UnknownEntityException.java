package org.blocwatch.query;

import java.util.List;

/** A name that matches no entity; carries the closest known names as suggestions. */
public class UnknownEntityException extends RuntimeException {
    private final List<String> suggestions;

    public UnknownEntityException(String name, List<String> suggestions) {
        super("unknown name '" + name + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() { return suggestions; }
}
