package org.blocwatch.exchange;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RdfExportTest {
    @TempDir Path dir;

    /** Members of an organisation on a day: a statement whose start is not after it and whose end (if any) is after it. */
    private static final String MEMBERS_ON = """
            PREFIX bw: <https://blocwatch.org/entity/>
            PREFIX p: <https://blocwatch.org/prop/>
            PREFIX ps: <https://blocwatch.org/prop/statement/>
            PREFIX pq: <https://blocwatch.org/prop/qualifier/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT DISTINCT ?member WHERE {
              ?member p:memberOf ?st .
              ?st ps:memberOf bw:CSTO ; pq:status "member" ; pq:startTime ?from .
              OPTIONAL { ?st pq:endTime ?to }
              FILTER (?from <= "2010-01-01"^^xsd:date && (!BOUND(?to) || ?to > "2010-01-01"^^xsd:date))
            } ORDER BY ?member
            """;

    private Model exportAndReadBack(RdfExport.Format format) {
        try (JdbcKnowledgeStore store = Fixtures.store(dir)) {
            CowImport.run(store, Fixtures.cowDir(), Instant.now());
            List<Claim> claims = store.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP)).stream()
                    .filter(c -> ClaimView.CURRENT.admits(c, store)).toList();
            StringWriter out = new StringWriter();
            RdfExport.write(RdfExport.model(claims, store::entity), format, out);
            Model back = ModelFactory.createDefaultModel();
            RDFParser.fromString(out.toString()).lang(format == RdfExport.Format.TTL ? Lang.TURTLE : Lang.JSONLD11).parse(back);
            return back;
        }
    }

    @ParameterizedTest
    @EnumSource(RdfExport.Format.class)
    void theExportLoadsIntoJenaAndAnswersWhoWasInTheCstoOn2010_01_01(RdfExport.Format format) {
        Model model = exportAndReadBack(format);
        List<String> members = new ArrayList<>();
        try (QueryExecution q = QueryExecution.model(model).query(MEMBERS_ON).build()) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) members.add(rs.next().getResource("member").getLocalName());
        }
        // curated: RUS, KAZ (open), UZB (2006-08-16 to 2012-12-19); AZE left in 1999. COW adds nothing new.
        assertThat(members).containsExactly("KAZ", "RUS", "UZB");
    }

    @Test
    void everyStatementNamesItsSourceAndItsDatesWithTheirPrecision() {
        Model model = exportAndReadBack(RdfExport.Format.TTL);
        String query = """
                PREFIX bw: <https://blocwatch.org/entity/>
                PREFIX p: <https://blocwatch.org/prop/>
                PREFIX ps: <https://blocwatch.org/prop/statement/>
                PREFIX pq: <https://blocwatch.org/prop/qualifier/>
                PREFIX pqv: <https://blocwatch.org/prop/qualifier/value/>
                PREFIX pr: <https://blocwatch.org/prop/reference/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX wikibase: <http://wikiba.se/ontology#>
                SELECT ?row ?start ?precision ?end WHERE {
                  bw:UZB p:memberOf ?st . ?st ps:memberOf bw:CSTO ; prov:wasDerivedFrom ?ref ; pq:endTime ?end ;
                      pqv:startTime [ wikibase:timeValue ?start ; wikibase:timePrecision ?precision ] .
                  ?ref pr:dataset "cow-igo-v3" ; pr:datasetRow ?row .
                }""";
        try (QueryExecution q = QueryExecution.model(model).query(query).build()) {
            QuerySolution s = q.execSelect().next();
            assertThat(s.getLiteral("row").getString()).isEqualTo("csto/704/2002-2011");
            assertThat(s.getLiteral("start").getLexicalForm()).isEqualTo("2002");
            assertThat(s.getLiteral("precision").getInt()).isEqualTo(9);
            assertThat(s.getLiteral("end").getLexicalForm()).isEqualTo("2012-01-01");
        }
        String curated = """
                PREFIX bw: <https://blocwatch.org/entity/>
                PREFIX p: <https://blocwatch.org/prop/>
                PREFIX pr: <https://blocwatch.org/prop/reference/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?citation WHERE { bw:AZE p:memberOf ?st . ?st prov:wasDerivedFrom ?ref . ?ref pr:citation ?citation }""";
        try (QueryExecution q = QueryExecution.model(model).query(curated).build()) {
            assertThat(q.execSelect().next().getLiteral("citation").getString()).isEqualTo("Collective Security Treaty and later acts");
        }
    }
}
