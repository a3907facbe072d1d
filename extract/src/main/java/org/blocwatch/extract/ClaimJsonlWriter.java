package org.blocwatch.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/**
 * Writes claims as JSON Lines in the exchange format of SCHEMA.md: doc, the type's fields, quote,
 * start, end, confidence, and blocwatch's own bookkeeping (id, method, review, recorded_at).
 */
public final class ClaimJsonlWriter {
    private final Writer out;

    public ClaimJsonlWriter(Writer out) { this.out = out; }

    public void write(Claim claim) throws IOException {
        ObjectNode node = ClaimJson.claim(claim);
        out.write(ClaimJson.write(node));
        out.write('\n');
    }

    public void writeAll(Collection<Claim> claims) throws IOException {
        for (Claim c : claims) write(c);
        out.flush();
    }
}
