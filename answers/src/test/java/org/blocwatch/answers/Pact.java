package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimBody;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
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
import org.blocwatch.store.KnowledgeStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-made facts about an invented pact of invented states, for tests of answers. */
final class Pact {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Pact() {}

    static void entities(KnowledgeStore store) {
        store.putEntities(List.of(
                entity("PACT", EntityKind.ORGANISATION, Map.of()), entity("OTHER", EntityKind.ORGANISATION, Map.of()),
                entity("AAA", EntityKind.STATE, Map.of()), entity("BBB", EntityKind.STATE, Map.of()),
                entity("CCC", EntityKind.STATE, Map.of()), entity("DDD", EntityKind.STATE, Map.of()),
                entity("XXX", EntityKind.STATE, Map.of()),
                entity("person:ann", EntityKind.PERSON, Map.of("nationality", "AAA")),
                entity("person:cid", EntityKind.PERSON, Map.of("nationality", "CCC"))));
    }

    static Entity entity(String id, EntityKind kind, Map<String, String> codes) {
        return new Entity(id, kind, id, List.of(), codes);
    }

    static Claim curated(ClaimBody body, String citation) {
        return Claim.of(body, new Provenance.Curated(citation, "test.yaml", null), Method.CURATED, 1, ReviewState.ACCEPTED, T0);
    }

    static Claim extracted(ClaimBody body, String doc, String quote, Instant at) {
        return Claim.of(body, new Provenance.Document(doc, 10, 10 + quote.length(), quote), Method.extracted("test-rule"),
                0.8, ReviewState.PROPOSED, at);
    }

    static Membership member(String state, String from, String to) {
        return span(state, MembershipStatus.MEMBER, from, to);
    }

    static Membership span(String state, MembershipStatus status, String from, String to) {
        return Membership.span(state, "PACT", status, date(from), date(to));
    }

    static Event event(EventKind kind, String org, String date, String... participants) {
        return new Event(kind, List.of(participants), org, null, DateRef.of(PartialDate.parse(date)), null);
    }

    static Office office(String person, String from, String to) {
        return new Office(person, Role.SECRETARY_GENERAL, "PACT", date(from), date(to), null, false);
    }

    static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    /**
     * AAA and BBB found the pact in 1992; BBB leaves in April 1999 (two sources disagree on the
     * day); CCC joins in 1993 (known to the year); DDD joins 1994 and is suspended from 2020.
     * AAA and BBB clash in 1995 (both members); AAA clashes with the outsider XXX in 1996 and with
     * BBB again in 2001 (BBB gone). One operation under the pact, one under another organisation.
     * One summit in 2000 without DDD. Ann (AAA) is secretary general 2000–2010, Cid (CCC) since.
     */
    static void history(KnowledgeStore store) {
        entities(store);
        store.record(List.of(
                curated(member("AAA", "1992-05-15", null), "Founding treaty"),
                curated(member("BBB", "1992-05-15", "1999-04-02"), "Founding treaty; note of 1999-04-02"),
                curated(member("BBB", "1992-05-15", "1999-04-20"), "Founding treaty; expiry 1999-04-20"),
                curated(member("CCC", "1993", null), "Yearbook 1994"),
                curated(member("DDD", "1994-01-01", null), "Accession protocol"),
                curated(span("DDD", MembershipStatus.SUSPENDED, "2020-01-01", null), "Freeze announcement"),
                curated(event(EventKind.ARMED_CLASH, null, "1995-06-01", "AAA", "BBB"), "Border war report"),
                curated(event(EventKind.ARMED_CLASH, null, "1996-06-01", "AAA", "XXX"), "Outsider clash report"),
                curated(event(EventKind.ARMED_CLASH, null, "2001-06-01", "AAA", "BBB"), "Later clash report"),
                curated(event(EventKind.INTERVENTION, "PACT", "2010-01-06", "PACT", "CCC"), "Operation order"),
                curated(event(EventKind.INTERVENTION, "OTHER", "2011-01-06", "OTHER", "CCC"), "Other order"),
                curated(event(EventKind.SUMMIT, "PACT", "2000-01-10", "AAA", "CCC"), "Summit communiqué"),
                curated(office("person:ann", "2000-01-01", "2010-01-01"), "Appointment of Ann"),
                curated(office("person:cid", "2010-01-01", null), "Appointment of Cid")));
    }
}
