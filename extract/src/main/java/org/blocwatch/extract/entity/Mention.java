package org.blocwatch.extract.entity;

import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;

import java.util.Comparator;
import java.util.List;

/**
 * A name found in a sentence: tokens [firstToken, endToken), characters [start, end) of the
 * normalised text, and every sense the name has. A capital is typically two senses at once: the
 * place, and a metonym for its state's government. {@code proposed} marks a person the
 * knowledge base did not know, introduced by the text itself and awaiting review.
 */
public record Mention(int firstToken, int endToken, int start, int end, List<Sense> senses, boolean proposed) {

    private static final Comparator<Sense> PREFERENCE = Comparator
            .comparing((Sense s) -> s.entity().kind() == EntityKind.PLACE)
            .thenComparing(s -> s.via() == AliasKind.DEMONYM)
            .thenComparing(s -> s.via() == AliasKind.METONYM);

    public Mention {
        senses = senses.stream().sorted(PREFERENCE).toList();
    }

    /** The entity the name most likely stands for: an actor before a place, a name before a demonym. */
    public Entity entity() { return senses.get(0).entity(); }

    public String id() { return entity().id(); }

    public EntityKind kind() { return entity().kind(); }

    public AliasKind via() { return senses.get(0).via(); }

    public boolean isDemonym() { return via() == AliasKind.DEMONYM; }

    public boolean isActor() {
        EntityKind k = kind();
        return k == EntityKind.STATE || k == EntityKind.ORGANISATION || k == EntityKind.FORMAT || k == EntityKind.GROUP;
    }

    public boolean isState() { return kind() == EntityKind.STATE; }

    public boolean isOrganisation() { return kind() == EntityKind.ORGANISATION || kind() == EntityKind.FORMAT; }

    public boolean isPerson() { return kind() == EntityKind.PERSON; }

    /** The English name of the place this name denotes, if it denotes one (a capital, a city, a region). */
    public String placeName() {
        for (Sense s : senses) if (s.entity().kind() == EntityKind.PLACE) return s.entity().label();
        if (isState() && via() != AliasKind.DEMONYM && via() != AliasKind.METONYM) return entity().label();
        return null;
    }
}
