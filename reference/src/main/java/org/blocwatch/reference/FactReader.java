package org.blocwatch.reference;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimBody;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.Office;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.model.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns curated memberships, offices and events into accepted claims citing their source. An
 * entry that names an unknown id, lacks a citation or has a malformed date is reported with
 * its file and position instead of being loaded half right.
 */
final class FactReader {
    private final Set<String> knownIds;
    private final CuratedData.Problems problems;
    private final Instant recordedAt;

    FactReader(Set<String> knownIds, CuratedData.Problems problems, Instant recordedAt) {
        this.knownIds = knownIds;
        this.problems = problems;
        this.recordedAt = recordedAt;
    }

    List<Claim> memberships(String file, JsonNode org) {
        String object = org.path("id").asText();
        return each(file, org.path("memberships"), m -> Membership.span(known(m, "subject"), object,
                MembershipStatus.fromWire(m.path("status").asText(null)), date(m, "from"), date(m, "to")));
    }

    List<Claim> offices(String file, JsonNode list) {
        return each(file, list, o -> new Office(known(o, "person"), Role.fromWire(o.path("role").asText(null)),
                known(o, "of"), date(o, "from"), date(o, "to"), null, o.path("acting").asBoolean(false)));
    }

    List<Claim> events(String file, JsonNode list) {
        return each(file, list, e -> {
            List<String> participants = new ArrayList<>();
            for (JsonNode p : e.path("participants")) participants.add(knownId(p.asText()));
            String org = e.hasNonNull("org") ? known(e, "org") : null;
            PartialDate date = date(e, "date");
            return new Event(EventKind.fromWire(e.path("kind").asText(null)), participants, org,
                    text(e, "place"), date == null ? null : DateRef.of(date), text(e, "outcome"));
        });
    }

    private List<Claim> each(String file, JsonNode entries, Function<JsonNode, ClaimBody> read) {
        List<Claim> out = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : entries) {
            i++;
            try {
                String source = text(entry, "source");
                if (source == null) throw new IllegalArgumentException("no source given");
                ClaimBody body = read.apply(entry);
                String note = text(entry, "note");
                String name = text(entry, "name");
                if (name != null) note = note == null ? name : name + ". " + note;
                out.add(Claim.of(body, new Provenance.Curated(source, file, note), Method.CURATED, 1.0,
                        ReviewState.ACCEPTED, recordedAt));
            } catch (IllegalArgumentException e) {
                problems.add(file, "entry " + i + " (" + describe(entry) + "): " + e.getMessage());
            }
        }
        return out;
    }

    private String known(JsonNode n, String field) {
        String id = text(n, field);
        if (id == null) throw new IllegalArgumentException("missing '" + field + "'");
        return knownId(id);
    }

    private String knownId(String id) {
        if (!knownIds.contains(id) && !id.startsWith("members:"))
            throw new IllegalArgumentException("unknown id '" + id + "'");
        return id;
    }

    private static PartialDate date(JsonNode n, String field) {
        String text = text(n, field);
        return text == null ? null : PartialDate.parse(text);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String describe(JsonNode entry) {
        String s = entry.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
