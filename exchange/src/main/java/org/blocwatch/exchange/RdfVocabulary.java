package org.blocwatch.exchange;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

import java.util.Map;

/**
 * The IRIs of blocwatch's RDF export, laid out as Wikidata lays out its statements: an entity
 * points through {@code p:} to a statement node, which carries the value ({@code ps:}),
 * qualifiers ({@code pq:}, with full time values under {@code pqv:}) and, through
 * {@code prov:wasDerivedFrom}, a reference node ({@code pr:}) naming the source.
 */
public final class RdfVocabulary {
    public static final String BASE = "https://blocwatch.org/";
    public static final String ENTITY = BASE + "entity/";
    public static final String STATEMENT = BASE + "statement/";
    public static final String REFERENCE = BASE + "reference/";
    public static final String P = BASE + "prop/";
    public static final String PS = BASE + "prop/statement/";
    public static final String PQ = BASE + "prop/qualifier/";
    public static final String PQV = BASE + "prop/qualifier/value/";
    public static final String PR = BASE + "prop/reference/";
    public static final String ONTOLOGY = BASE + "ontology#";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("bw", ENTITY), Map.entry("bws", STATEMENT), Map.entry("bwr", REFERENCE),
            Map.entry("p", P), Map.entry("ps", PS), Map.entry("pq", PQ), Map.entry("pqv", PQV), Map.entry("pr", PR),
            Map.entry("bwo", ONTOLOGY), Map.entry("wikibase", WIKIBASE), Map.entry("prov", PROV),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    public static final Property MEMBER_OF = ResourceFactory.createProperty(P, "memberOf");
    public static final Property MEMBER_OF_VALUE = ResourceFactory.createProperty(PS, "memberOf");
    public static final Property STATUS = ResourceFactory.createProperty(PQ, "status");
    public static final Property START = ResourceFactory.createProperty(PQ, "startTime");
    public static final Property END = ResourceFactory.createProperty(PQ, "endTime");
    public static final Property POINT_IN_TIME = ResourceFactory.createProperty(PQ, "pointInTime");
    public static final Property METHOD = ResourceFactory.createProperty(ONTOLOGY, "method");
    public static final Property REVIEW = ResourceFactory.createProperty(ONTOLOGY, "review");
    public static final Property CONFIDENCE = ResourceFactory.createProperty(ONTOLOGY, "confidence");
    public static final Property CITATION = ResourceFactory.createProperty(PR, "citation");
    public static final Property CURATED_FILE = ResourceFactory.createProperty(PR, "curatedFile");
    public static final Property NOTE = ResourceFactory.createProperty(PR, "note");
    public static final Property DOCUMENT = ResourceFactory.createProperty(PR, "document");
    public static final Property QUOTE = ResourceFactory.createProperty(PR, "quote");
    public static final Property QUOTE_START = ResourceFactory.createProperty(PR, "quoteStart");
    public static final Property QUOTE_END = ResourceFactory.createProperty(PR, "quoteEnd");
    public static final Property DATASET = ResourceFactory.createProperty(PR, "dataset");
    public static final Property DATASET_VERSION = ResourceFactory.createProperty(PR, "datasetVersion");
    public static final Property DATASET_ROW = ResourceFactory.createProperty(PR, "datasetRow");
    public static final Property DERIVED_FROM = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Property TIME_VALUE = ResourceFactory.createProperty(WIKIBASE, "timeValue");
    public static final Property TIME_PRECISION = ResourceFactory.createProperty(WIKIBASE, "timePrecision");
    public static final Resource STATEMENT_CLASS = ResourceFactory.createResource(WIKIBASE + "Statement");
    public static final Resource REFERENCE_CLASS = ResourceFactory.createResource(WIKIBASE + "Reference");
    public static final Resource TIME_VALUE_CLASS = ResourceFactory.createResource(WIKIBASE + "TimeValue");

    private RdfVocabulary() {}

    /** A qualifier's full-value property: pqv:startTime beside pq:startTime. */
    static Property valueOf(Property qualifier) {
        return ResourceFactory.createProperty(PQV, qualifier.getLocalName());
    }
}
