package org.blocwatch.extract.dev;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads entities from JSON Lines with the keys of data/curated/FORMAT.md (id, kind, label, names,
 * translit, inflected, abbreviations, metonyms, demonyms, variants, nationality). A stop-gap for
 * development runs until the curated data and its loader are on main.
 */
public final class EntityListJson {
    private static final Map<String, AliasKind> KINDS = Map.of(
            "names", AliasKind.NAME, "translit", AliasKind.TRANSLITERATION, "inflected", AliasKind.INFLECTED,
            "abbreviations", AliasKind.ABBREVIATION, "metonyms", AliasKind.METONYM,
            "demonyms", AliasKind.DEMONYM, "variants", AliasKind.VARIANT);

    private EntityListJson() {}

    public static List<Entity> read(Reader in) throws IOException {
        List<Entity> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) out.add(entity(ClaimJson.MAPPER.readTree(line)));
        }
        return out;
    }

    private static Entity entity(JsonNode n) {
        List<Alias> aliases = new ArrayList<>();
        KINDS.forEach((field, kind) -> n.path(field).forEach(a -> aliases.add(new Alias(a.asText(), null, kind))));
        Map<String, String> codes = new HashMap<>();
        if (n.hasNonNull("nationality")) codes.put("nationality", n.get("nationality").asText());
        return new Entity(n.get("id").asText(), EntityKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT)),
                n.get("label").asText(), aliases, codes);
    }
}
