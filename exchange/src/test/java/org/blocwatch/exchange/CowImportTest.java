package org.blocwatch.exchange;

import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CowImportTest {
    @TempDir Path dir;
    JdbcKnowledgeStore store;

    @BeforeEach
    void open() { store = Fixtures.store(dir); }

    @AfterEach
    void close() { store.close(); }

    private List<Claim> cowClaims(String org) {
        return store.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)).stream()
                .filter(c -> c.method().equals(CowImport.METHOD)).toList();
    }

    @Test
    void runsOfYearsBecomeSpansOfYearPrecisionCitingTheirRows() {
        CowImport.Result r = CowImport.run(store, Fixtures.cowDir(), Instant.now());
        assertThat(r.problems().count()).isZero();
        assertThat(r.rows()).isEqualTo(54);

        Claim uzb = cowClaims("CSTO").stream().filter(c -> ((Membership) c.body()).subject().equals("UZB")).findFirst().orElseThrow();
        // 2002-2011 coded: began during 2002, ended during 2012 (the year after the last one coded)
        assertThat(uzb.body()).isEqualTo(Membership.span("UZB", "CSTO", MembershipStatus.MEMBER,
                PartialDate.ofYear(2002), PartialDate.ofYear(2012)));
        assertThat(uzb.provenance()).isEqualTo(new Provenance.Dataset("cow-igo-v3", "3.0", "csto/704/2002-2011"));
        assertThat(uzb.method()).isEqualTo(Method.imported("cow-igo-v3"));
        assertThat(uzb.review()).isEqualTo(ReviewState.ACCEPTED);

        // coded until the data's last year (2014): no known end
        Claim rus = cowClaims("CSTO").stream().filter(c -> ((Membership) c.body()).subject().equals("RUS")).findFirst().orElseThrow();
        assertThat(((Membership) rus.body()).to()).isNull();
    }

    @Test
    void aGapAndAChangeOfStatusSplitTheSeries() {
        CowImport.run(store, Fixtures.cowDir(), Instant.now());
        assertThat(cowClaims("CSTO")).map(c -> (Membership) c.body()).filteredOn(m -> m.subject().equals("KAZ"))
                .extracting(m -> m.from().toString(), m -> String.valueOf(m.to()))
                .containsExactlyInAnyOrder(tuple("2002", "2006"), tuple("2007", "null"));
        assertThat(cowClaims("CIS")).map(c -> (Membership) c.body())
                .extracting(Membership::status, m -> m.from().toString(), m -> String.valueOf(m.to()))
                .containsExactlyInAnyOrder(tuple(MembershipStatus.OBSERVER, "2010", "2012"),
                        tuple(MembershipStatus.MEMBER, "2012", "null"));
    }

    @Test
    void codesMapToTheKbsEntitiesThenIsoCodesThenCowIds() {
        CowImport.Result r = CowImport.run(store, Fixtures.cowDir(), Instant.now());
        assertThat(cowClaims("CSTO")).map(c -> ((Membership) c.body()).subject()).contains("RUS", "UZB", "KAZ");
        // ASEAN is unknown to the KB: a new organisation named as igos.csv names it
        Entity asean = store.entity("COW_ASEAN").orElseThrow();
        assertThat(asean.kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(asean.label()).isEqualTo("Association of Southeast Asian Nations");
        assertThat(asean.code("cow")).isEqualTo("ASEAN");
        assertThat(store.entitiesByAlias("asean")).extracting(Entity::id).containsExactly("COW_ASEAN");
        // Philippines from the built-in ISO table; West Germany is DEU; Hanover has no ISO code
        assertThat(cowClaims("COW_ASEAN")).map(c -> ((Membership) c.body()).subject()).containsExactly("PHL");
        assertThat(store.entity("PHL").orElseThrow().label()).isEqualTo("Philippines");
        assertThat(cowClaims("COW_WPACT")).map(c -> ((Membership) c.body()).subject())
                .containsExactlyInAnyOrder("DDR", "DEU", "COW-240", "SUN", "RUS");
        assertThat(store.entity("COW-240").orElseThrow().code("cow")).isEqualTo("240");
        assertThat(r.statesCreated()).isEqualTo(5);
        assertThat(r.organisationsCreated()).isEqualTo(2);
    }

    @Test
    void aCcodeCowContinuesAcrossTheEndOfTheSovietUnionIsCutThere() {
        CowImport.run(store, Fixtures.cowDir(), Instant.now());
        assertThat(cowClaims("COW_WPACT")).filteredOn(c -> ((Membership) c.body()).subject().matches("SUN|RUS"))
                .extracting(c -> ((Membership) c.body()).subject(), c -> ((Provenance.Dataset) c.provenance()).row(),
                        c -> ((Membership) c.body()).from().toString(), c -> ((Membership) c.body()).to().toString())
                .containsExactlyInAnyOrder(tuple("SUN", "wpact/365/1989-1990", "1989", "1991"),
                        tuple("RUS", "wpact/365/1991-1991", "1991", "1992"));
        Entity sun = store.entity("SUN").orElseThrow();
        assertThat(sun.label()).isEqualTo("Soviet Union");
        assertThat(sun.codes()).isEmpty();
    }

    @Test
    void importingTwiceChangesNothing() {
        CowImport.Result first = CowImport.run(store, Fixtures.cowDir(), Instant.parse("2026-02-01T00:00:00Z"));
        var before = store.stats();
        CowImport.Result second = CowImport.run(store, Fixtures.cowDir(), Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(first.recorded()).isEqualTo(first.spans()).isEqualTo(12);
        assertThat(second.recorded()).isZero();
        assertThat(second.statesCreated() + second.organisationsCreated()).isZero();
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void gzippedAndPlainStateYearFilesReadTheSame(@TempDir Path gz) throws IOException {
        for (String f : List.of("igos.csv", "states2016.csv"))
            Files.copy(Fixtures.cowDir().resolve(f), gz.resolve(f));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz.resolve("state_year_long.csv.gz")))) {
            Files.copy(Fixtures.cowDir().resolve("state_year_long.csv"), out);
        }
        CowImport.run(store, Fixtures.cowDir(), Instant.now());
        CowImport.Result again = CowImport.run(store, gz, Instant.now());
        assertThat(again.spans()).isEqualTo(12);
        assertThat(again.recorded()).isZero();
    }

    @Test
    void malformedRowsAreReportedWithTheirLineAndTheRestIsImported(@TempDir Path bad) throws IOException {
        for (String f : List.of("igos.csv", "states2016.csv"))
            Files.copy(Fixtures.cowDir().resolve(f), bad.resolve(f));
        Files.writeString(bad.resolve("state_year_long.csv"), """
                "ioname","ccode","state","year","status"
                "csto",365,"russia",2013,"full"
                "csto",abc,"nowhere",2013,"full"
                "csto",704,"uzbekistan",2013,"friend"
                "csto",705,"kazakhstan"
                "csto",365,"russia",2014,"full"
                """);
        CowImport.Result r = CowImport.run(store, bad, Instant.now());
        assertThat(r.problems().lines()).containsExactly(
                "state_year_long.csv line 3: ccode is not a number: 'abc'",
                "state_year_long.csv line 4: unknown COW status 'friend'",
                "state_year_long.csv line 5: expected 5 columns, found 3");
        assertThat(r.spans()).isEqualTo(1);
    }

    @Test
    void newEntitiesDoNotTakeOverNamesTheKbAlreadyUses(@TempDir Path bonn) throws IOException {
        store.putEntities(List.of(new Entity("DEU", EntityKind.STATE, "Germany",
                List.of(new Alias("Germany", "en", AliasKind.NAME), new Alias("Bonn", null, AliasKind.METONYM)), Map.of("cow", "255"))));
        Files.copy(Fixtures.cowDir().resolve("states2016.csv"), bonn.resolve("states2016.csv"));
        Files.writeString(bonn.resolve("igos.csv"), """
                "ionum","ioname","orgname","longorgname","sdate","deaddate","political","social","economic"
                3010,"Bonn","Bonn Agreement","Bonn Agreement for Cooperation in Dealing with Pollution of the North Sea",1969,NA,0,0,1
                """);
        Files.writeString(bonn.resolve("state_year_long.csv"), """
                "ioname","ccode","state","year","status"
                "bonn",260,"wgermany",1989,"full"
                """);
        CowImport.run(store, bonn, Instant.now());
        assertThat(store.entitiesByAlias("bonn")).extracting(Entity::id).containsExactly("DEU");
        assertThat(store.entitiesByAlias("bonn agreement")).extracting(Entity::id).containsExactly("COW_BONN");
    }

    @Test
    void aMissingFolderOrFileIsOneLine(@TempDir Path empty) {
        assertThatThrownBy(() -> CowImport.run(store, empty.resolve("nope"), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no such folder: ");
        assertThatThrownBy(() -> CowImport.run(store, empty, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no state_year_long.csv.gz or state_year_long.csv in ");
    }
}
