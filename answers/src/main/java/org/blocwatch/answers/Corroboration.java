package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many independent sources say exactly what a claim says: claims with an identical body from
 * different sources. A document and its near-duplicates are one source; a curated citation and a
 * dataset are each one source.
 */
public final class Corroboration {
    private final Map<String, Set<String>> sourcesByBody = new HashMap<>();
    private final SourceDocuments documents;

    public Corroboration(Collection<Claim> claims, SourceDocuments documents) {
        this.documents = documents;
        for (Claim c : claims)
            sourcesByBody.computeIfAbsent(ClaimJson.bodyKey(c.body()), k -> new HashSet<>()).add(source(c));
    }

    /** The number of independent sources for the claim's body (at least 1: its own). */
    public int sources(Claim c) {
        return Math.max(1, sourcesByBody.getOrDefault(ClaimJson.bodyKey(c.body()), Set.of()).size());
    }

    private String source(Claim c) {
        Provenance p = c.provenance();
        if (p instanceof Provenance.Document d) return "doc:" + documents.original(d.docId());
        if (p instanceof Provenance.Curated k) return "curated:" + k.citation();
        return "dataset:" + ((Provenance.Dataset) p).dataset();
    }
}
