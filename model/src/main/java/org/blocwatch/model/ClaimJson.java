package org.blocwatch.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim exchange format of shared/eval/SCHEMA.md, in both directions. The store keeps claim
 * bodies in the same shape, so there is one mapping between records and JSON, not two.
 */
public final class ClaimJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ClaimJson() {}

    // ------------------------------------------------------------------ body -> JSON

    /** The type-specific fields of a claim, in the exchange format's order. */
    public static ObjectNode body(ClaimBody body) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", body.type().wire());
        if (body instanceof Membership m) {
            n.put("subject", m.subject());
            n.put("object", m.object());
            n.put("status", m.status().wire());
            putDate(n, "from", m.from());
            putDate(n, "to", m.to());
            putRef(n, "at", m.at());
        } else if (body instanceof Event e) {
            n.put("kind", e.kind().wire());
            ids(n.putArray("participants"), e.participants());
            putText(n, "org", e.org());
            putText(n, "place", e.place());
            putRef(n, "date", e.date());
            putText(n, "outcome", e.outcome());
        } else if (body instanceof Trade t) {
            ids(n.putArray("between"), t.between());
            n.put("value", t.value());
            putText(n, "currency", t.currency());
            putText(n, "measure", t.measure());
            putPeriod(n, t.period());
            if (t.qualifier() != null) n.put("qualifier", t.qualifier().wire());
        } else if (body instanceof Investment i) {
            n.put("from", i.from());
            n.put("to", i.to());
            n.put("value", i.value());
            putText(n, "currency", i.currency());
            putPeriod(n, i.period());
            if (i.qualifier() != null) n.put("qualifier", i.qualifier().wire());
        } else if (body instanceof Office o) {
            n.put("person", o.person());
            n.put("role", o.role().wire());
            n.put("of", o.of());
            putDate(n, "from", o.from());
            putDate(n, "to", o.to());
            putRef(n, "at", o.at());
            if (o.acting()) n.put("acting", true);
        } else if (body instanceof Poll p) {
            n.put("population", p.population());
            putText(n, "question", p.question());
            n.put("value", p.value());
            putRef(n, "at", p.at());
        }
        return n;
    }

    /** A canonical string of the body, the basis of content-derived ids. */
    public static String bodyKey(ClaimBody body) {
        return write(body(body));
    }

    /** A whole claim as one exchange-format line, with blocwatch's own bookkeeping fields added. */
    public static ObjectNode claim(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", docOf(c.provenance()));
        n.setAll(body(c.body()));
        if (c.provenance() instanceof Provenance.Document d) {
            n.put("quote", d.quote());
            n.put("start", d.start());
            n.put("end", d.end());
        } else if (c.provenance() instanceof Provenance.Curated k) {
            n.put("quote", k.citation());
            n.put("citation", k.citation());
            putText(n, "file", k.file());
            putText(n, "note", k.note());
        } else if (c.provenance() instanceof Provenance.Dataset s) {
            n.put("quote", s.row());
            n.put("dataset_version", s.version());
            n.put("row", s.row());
        }
        n.put("confidence", c.confidence());
        n.put("id", c.id());
        n.put("method", c.method().toString());
        n.put("review", c.review().wire());
        n.put("recorded_at", c.recordedAt().toString());
        if (c.retractedAt() != null) n.put("retracted_at", c.retractedAt().toString());
        return n;
    }

    /** The exchange format's {@code doc} field: the document id, "curated", or the dataset's name. */
    public static String docOf(Provenance p) {
        if (p instanceof Provenance.Document d) return d.docId();
        if (p instanceof Provenance.Dataset s) return s.dataset();
        return "curated";
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    // ------------------------------------------------------------------ JSON -> body

    /** Reads the type-specific fields; a missing or malformed field is an IllegalArgumentException naming it. */
    public static ClaimBody readBody(JsonNode n) {
        ClaimType type = ClaimType.fromWire(text(n, "type"));
        return switch (type) {
            case MEMBERSHIP -> new Membership(required(n, "subject"), required(n, "object"),
                    MembershipStatus.fromWire(required(n, "status")),
                    date(n, "from"), date(n, "to"), ref(n, "at"));
            case EVENT -> new Event(EventKind.fromWire(required(n, "kind")), list(n, "participants"),
                    text(n, "org"), text(n, "place"), ref(n, "date"), text(n, "outcome"));
            case TRADE -> new Trade(list(n, "between"), number(n, "value"), text(n, "currency"),
                    Period.parse(text(n, "period")), qualifier(n), text(n, "measure"));
            case INVESTMENT -> new Investment(required(n, "from"), required(n, "to"), number(n, "value"),
                    text(n, "currency"), Period.parse(text(n, "period")), qualifier(n));
            case OFFICE -> new Office(required(n, "person"), Role.fromWire(required(n, "role")), required(n, "of"),
                    date(n, "from"), date(n, "to"), ref(n, "at"), n.path("acting").asBoolean(false));
            case POLL -> new Poll(required(n, "population"), text(n, "question"), number(n, "value"),
                    ref(n, "at"));
        };
    }

    /** Reads a whole claim written by {@link #claim}; the inverse for blocwatch's own exports. */
    public static Claim readClaim(JsonNode n) {
        ClaimBody body = readBody(n);
        String method = text(n, "method");
        Provenance prov;
        if (n.hasNonNull("citation")) {
            prov = new Provenance.Curated(text(n, "citation"), text(n, "file"), text(n, "note"));
        } else if (n.hasNonNull("row")) {
            prov = new Provenance.Dataset(required(n, "doc"), text(n, "dataset_version"), text(n, "row"));
        } else {
            prov = new Provenance.Document(required(n, "doc"), n.path("start").asInt(-1), n.path("end").asInt(-1),
                    required(n, "quote"));
        }
        Method m = method == null ? Method.extracted("import") : Method.parse(method);
        ReviewState review = n.hasNonNull("review") ? ReviewState.fromWire(text(n, "review"))
                : m.kind() == Method.Kind.EXTRACTED ? ReviewState.PROPOSED : ReviewState.ACCEPTED;
        Instant recorded = n.hasNonNull("recorded_at") ? Instant.parse(text(n, "recorded_at")) : Instant.now();
        Instant retracted = n.hasNonNull("retracted_at") ? Instant.parse(text(n, "retracted_at")) : null;
        double confidence = n.path("confidence").asDouble(1.0);
        String id = n.hasNonNull("id") ? text(n, "id") : ClaimIds.of(body, prov);
        return new Claim(id, body, prov, m, confidence, review, recorded, retracted);
    }

    // ------------------------------------------------------------------ helpers

    private static void putText(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    private static void putDate(ObjectNode n, String field, PartialDate d) {
        if (d != null) n.put(field, d.toString());
    }

    private static void putRef(ObjectNode n, String field, DateRef r) {
        if (r == null) return;
        n.put(field, r.toString());
        if (r.documentDate() && r.date() != null) n.put(field + "_resolved", r.date().toString());
    }

    private static void putPeriod(ObjectNode n, Period p) {
        if (p == null) return;
        n.put("period", p.toString());
    }

    private static void ids(ArrayNode a, List<String> ids) {
        ids.forEach(a::add);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    private static PartialDate date(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : PartialDate.parse(v);
    }

    /** A point in time, with the resolved date that exporters add beside "doc". */
    private static DateRef ref(JsonNode n, String field) {
        DateRef r = DateRef.parse(text(n, field));
        String resolved = text(n, field + "_resolved");
        return r != null && r.documentDate() && resolved != null ? DateRef.documentDate(PartialDate.parse(resolved)) : r;
    }

    private static BigDecimal number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("missing or non-numeric field '" + field + "'");
        return v.decimalValue();
    }

    private static Qualifier qualifier(JsonNode n) {
        String q = text(n, "qualifier");
        return q == null ? null : Qualifier.fromWire(q);
    }

    private static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) v.forEach(x -> out.add(x.asText()));
        else if (v != null && !v.isNull()) out.add(v.asText());
        return out;
    }
}
