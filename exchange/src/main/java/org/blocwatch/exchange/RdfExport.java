package org.blocwatch.exchange;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.RDFS;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.Membership;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;

import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.blocwatch.exchange.RdfVocabulary.*;

/**
 * Membership claims as RDF statements in Wikidata's shape (see {@link RdfVocabulary}), written
 * as Turtle or JSON-LD with Apache Jena. Each claim is one statement node with its status,
 * start and end qualifiers, method and review state, and one reference node with its source:
 * the citation of a curated fact, the document and quote of an extracted one, or the dataset
 * row of an imported one.
 * <p>
 * Times follow Wikidata: {@code pq:startTime} is the first day the date may denote, as an
 * {@code xsd:date} that SPARQL can compare, and {@code pqv:startTime} the value node with the
 * date as written and its precision (9 year, 10 month, 11 day).
 */
public final class RdfExport {
    public enum Format {
        TTL(RDFFormat.TURTLE_PRETTY), JSONLD(RDFFormat.JSONLD11);

        private final RDFFormat rdf;

        Format(RDFFormat rdf) { this.rdf = rdf; }

        public static Format parse(String text) { return valueOf(text.toUpperCase(Locale.ROOT)); }
    }

    private RdfExport() {}

    /** The statements of these membership claims; other claim types are passed over. */
    public static Model model(Collection<Claim> claims, Function<String, Optional<Entity>> entities) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        Set<String> labelled = new HashSet<>();
        for (Claim c : claims) {
            if (!(c.body() instanceof Membership ms)) continue;
            Resource subject = entity(m, ms.subject(), entities, labelled);
            Resource statement = m.createResource(STATEMENT + c.id(), STATEMENT_CLASS)
                    .addProperty(MEMBER_OF_VALUE, entity(m, ms.object(), entities, labelled))
                    .addProperty(STATUS, ms.status().wire())
                    .addProperty(METHOD, c.method().toString())
                    .addProperty(REVIEW, c.review().wire())
                    .addLiteral(CONFIDENCE, c.confidence());
            subject.addProperty(MEMBER_OF, statement);
            time(m, statement, START, ms.from());
            time(m, statement, END, ms.to());
            if (ms.at() != null) time(m, statement, POINT_IN_TIME, ms.at().resolved());
            statement.addProperty(DERIVED_FROM, reference(m, c));
        }
        return m;
    }

    public static void write(Model model, Format format, Writer out) {
        RDFWriter.source(model).format(format.rdf).build().output(out);
    }

    private static Resource entity(Model m, String id, Function<String, Optional<Entity>> entities, Set<String> labelled) {
        Resource r = m.createResource(ENTITY + URLEncoder.encode(id, StandardCharsets.UTF_8));
        if (labelled.add(id)) entities.apply(id).ifPresent(e -> r.addProperty(RDFS.label, e.label(), "en"));
        return r;
    }

    private static void time(Model m, Resource statement, Property qualifier, PartialDate date) {
        if (date == null) return;
        statement.addProperty(qualifier, date.earliest().toString(), XSDDatatype.XSDdate);
        Resource value = m.createResource(TIME_VALUE_CLASS)
                .addProperty(TIME_VALUE, date.toString(), datatype(date))
                .addLiteral(TIME_PRECISION, switch (date.precision()) {
                    case YEAR -> 9;
                    case MONTH -> 10;
                    case DAY -> 11;
                });
        statement.addProperty(valueOf(qualifier), value);
    }

    private static XSDDatatype datatype(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
    }

    private static Resource reference(Model m, Claim c) {
        Resource ref = m.createResource(REFERENCE + c.id(), REFERENCE_CLASS);
        if (c.provenance() instanceof Provenance.Curated k) {
            ref.addProperty(CITATION, k.citation());
            if (k.file() != null) ref.addProperty(CURATED_FILE, "data/curated/" + k.file());
            if (k.note() != null) ref.addProperty(NOTE, k.note());
        } else if (c.provenance() instanceof Provenance.Document d) {
            ref.addProperty(DOCUMENT, d.docId()).addProperty(QUOTE, d.quote())
                    .addLiteral(QUOTE_START, d.start()).addLiteral(QUOTE_END, d.end());
        } else if (c.provenance() instanceof Provenance.Dataset s) {
            ref.addProperty(DATASET, s.dataset());
            if (s.version() != null) ref.addProperty(DATASET_VERSION, s.version());
            if (s.row() != null) ref.addProperty(DATASET_ROW, s.row());
        }
        return ref;
    }
}
