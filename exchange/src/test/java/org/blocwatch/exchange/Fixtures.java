package org.blocwatch.exchange;

import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small KB shaped like blocwatch's (a few curated states and organisations with their COW
 * codes, some curated CSTO history) and the COW-shaped files in src/test/resources/cow: CSTO
 * 2002-2014 with Uzbekistan until 2011 and a gap for Kazakhstan in 2006, Uzbekistan in the CIS
 * as observer then member, ASEAN (unknown to the KB), and Warsaw Pact rows of historical states.
 */
final class Fixtures {
    static final Instant CURATED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {}

    static Path cowDir() {
        try {
            return Path.of(Fixtures.class.getResource("/cow/igos.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The states and organisations, without any claim. */
    static JdbcKnowledgeStore entitiesOnly(Path dir) {
        JdbcKnowledgeStore store = Database.openSqlite(dir.resolve("kb.db"));
        store.putEntities(List.of(
                state("RUS", "Russia", "365"), state("UZB", "Uzbekistan", "704"), state("KAZ", "Kazakhstan", "705"),
                state("AZE", "Azerbaijan", "373"),
                organisation("CSTO", "Collective Security Treaty Organization", "CSTO"),
                organisation("CIS", "Commonwealth of Independent States", "CIS")));
        return store;
    }

    /** The entities and the curated CSTO history of RUS, KAZ, AZE and UZB. */
    static JdbcKnowledgeStore store(Path dir) {
        JdbcKnowledgeStore store = entitiesOnly(dir);
        store.record(List.of(
                curated("RUS", "CSTO", "1992-05-15", null),
                curated("KAZ", "CSTO", "1992-05-15", null),
                curated("AZE", "CSTO", "1993-09-24", "1999-04-02"),
                curated("UZB", "CSTO", "1992-05-15", "1999-04-02"),
                curated("UZB", "CSTO", "2006-08-16", "2012-12-19")));
        return store;
    }

    static Claim curated(String subject, String org, String from, String to) {
        return Claim.of(Membership.span(subject, org, MembershipStatus.MEMBER, PartialDate.parse(from),
                        to == null ? null : PartialDate.parse(to)),
                new Provenance.Curated("Collective Security Treaty and later acts", "orgs/" + org + ".yaml", null),
                Method.CURATED, 1.0, ReviewState.ACCEPTED, CURATED_AT);
    }

    static Entity state(String id, String name, String cow) {
        return new Entity(id, EntityKind.STATE, name, List.of(new Alias(name, "en", AliasKind.NAME)), Map.of("cow", cow));
    }

    static Entity organisation(String id, String name, String cow) {
        return new Entity(id, EntityKind.ORGANISATION, name, List.of(new Alias(name, "en", AliasKind.NAME),
                new Alias(id, null, AliasKind.ABBREVIATION)), Map.of("cow", cow));
    }
}
