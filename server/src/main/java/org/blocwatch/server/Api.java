package org.blocwatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.AnalysisComparison;
import org.blocwatch.answers.ClaimReview;
import org.blocwatch.answers.Conflict;
import org.blocwatch.answers.ConflictFinder;
import org.blocwatch.answers.Corroboration;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.FigureCheck;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.OrganisationIndicators;
import org.blocwatch.answers.StoredSourceDocuments;
import org.blocwatch.answers.json.ComparisonJson;
import org.blocwatch.answers.json.ConflictJson;
import org.blocwatch.answers.json.EvidenceJson;
import org.blocwatch.answers.json.StatusJson;
import org.blocwatch.answers.json.TimelineJson;
import org.blocwatch.answers.report.HtmlReport;
import org.blocwatch.answers.report.MarkdownReport;
import org.blocwatch.answers.report.ReportBuilder;
import org.blocwatch.answers.report.ReportData;
import org.blocwatch.exchange.CowCsvExport;
import org.blocwatch.exchange.RdfExport;
import org.blocwatch.ingest.search.SearchQuery;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Names;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.ClaimView;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.TimelineQuery;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.ReviewRecord;
import org.blocwatch.store.StoredDocument;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The REST API under /api/v1: plain handlers that read their parameters, call the same query
 * and answers code as the CLI and write its --json bodies.
 */
final class Api {
    static final EntityKind[] ORGANISATIONS = {EntityKind.ORGANISATION, EntityKind.FORMAT, EntityKind.GROUP};

    private final KnowledgeBase kb;
    private final Uploads uploads;
    private final AnswerCache cache;

    Api(KnowledgeBase kb, Uploads uploads, AnswerCache cache) {
        this.kb = kb;
        this.uploads = uploads;
        this.cache = cache;
    }

    /** The question as the cache knows it: path and query (the claims it reads are the version's). */
    private static String key(Context ctx) {
        return "api " + ctx.path() + "?" + ctx.queryString();
    }

    void routes(Javalin app) {
        app.get("/api/v1/entities", this::entities);
        app.get("/api/v1/entities/{id}", this::entity);
        app.get("/api/v1/members", this::members);
        app.get("/api/v1/status", this::status);
        app.get("/api/v1/timeline/{id}", this::timeline);
        app.get("/api/v1/claims", this::claims);
        app.get("/api/v1/claims/{id}", this::claim);
        app.get("/api/v1/conflicts", this::conflicts);
        app.get("/api/v1/compare", this::compare);
        app.get("/api/v1/documents", this::documents);
        app.post("/api/v1/documents", this::upload);
        app.get("/api/v1/documents/{id}", this::document);
        app.get("/api/v1/search", this::search);
        app.get("/api/v1/review", this::queue);
        app.post("/api/v1/review", this::review);
        app.get("/api/v1/export", this::export);
        app.get("/api/v1/report/{id}", this::report);
    }

    static void send(Context ctx, JsonNode body) {
        ctx.contentType("application/json; charset=utf-8").result(ClaimJson.write(body));
    }

    private void entities(Context ctx) {
        String name = Requests.required(ctx, "name");
        Pagination.Page page = cache.get(key(ctx), () -> Pagination.of(ctx, kb.read(store -> {
            List<Entity> found = store.entitiesByAlias(Names.normalise(name));
            if (found.isEmpty()) found = List.of(new EntityResolver(store).resolve(name));
            ArrayNode list = ClaimJson.MAPPER.createArrayNode();
            found.forEach(e -> list.add(DocumentJson.entity(e)));
            return list;
        })));
        page.send(ctx);
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        send(ctx, kb.read(store -> DocumentJson.entity(store.entity(id).orElseThrow(() -> ApiError.notFound("no entity with id " + id)))));
    }

    private void members(Context ctx) {
        String org = Requests.required(ctx, "org");
        PartialDate at = Requests.date(ctx, "at", true);
        String status = ctx.queryParam("status");
        MembershipStatus only = status == null || status.isBlank() ? null : parseStatus(status);
        ClaimView view = Requests.view(ctx);
        Pagination.Page page = cache.get(key(ctx), () -> Pagination.of(ctx, kb.read(store -> {
            Entity o = new EntityResolver(store).resolve(org, ORGANISATIONS);
            return StatusJson.members(new MembershipQuery(store, view).members(o.id(), at, only), store);
        })));
        page.send(ctx);
    }

    private static MembershipStatus parseStatus(String s) {
        try {
            return MembershipStatus.fromWire(s.strip());
        } catch (RuntimeException e) {
            throw ApiError.badRequest("parameter 'status': " + e.getMessage());
        }
    }

    private void status(Context ctx) {
        String subject = Requests.required(ctx, "subject"), org = Requests.required(ctx, "org");
        PartialDate at = Requests.date(ctx, "at", true);
        ClaimView view = Requests.view(ctx);
        String body = cache.get(key(ctx), () -> ClaimJson.write(kb.read(store -> {
            EntityResolver resolver = new EntityResolver(store);
            Entity who = resolver.resolve(subject, EntityKind.STATE, EntityKind.ORGANISATION);
            Entity where = resolver.resolve(org, ORGANISATIONS);
            return StatusJson.of(new MembershipQuery(store, view).status(who.id(), where.id(), at), store);
        })));
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private void timeline(Context ctx) {
        String id = ctx.pathParam("id");
        ClaimView view = Requests.view(ctx);
        Pagination.Page page = cache.get(key(ctx), () -> Pagination.of(ctx, kb.read(store ->
                TimelineJson.of(new TimelineQuery(store, view).timeline(new EntityResolver(store).resolve(id).id())))));
        page.send(ctx);
    }

    private void claims(Context ctx) {
        String about = Requests.required(ctx, "about");
        ClaimView view = Requests.view(ctx);
        ArrayNode a = kb.read(store -> {
            Entity e = new EntityResolver(store).resolve(about);
            ArrayNode list = ClaimJson.MAPPER.createArrayNode();
            view.claims(store, ClaimFilter.about(e.id())).forEach(c -> list.add(ClaimJson.claim(c)));
            return list;
        });
        Pagination.send(ctx, a);
    }

    private void claim(Context ctx) {
        String id = ctx.pathParam("id");
        send(ctx, kb.read(store -> {
            Claim c = store.claim(id).orElseThrow(() -> ApiError.notFound("no claim with id " + id));
            ObjectNode n = ClaimJson.claim(c);
            ArrayNode history = n.putArray("review_history");
            for (ReviewRecord r : store.reviewHistory(id))
                history.addObject().put("state", r.state()).put("at", r.at().toString()).put("reviewer", r.reviewer()).put("note", r.note());
            return n;
        }));
    }

    private void conflicts(Context ctx) {
        String about = ctx.queryParam("about");
        ClaimView view = Requests.view(ctx);
        ArrayNode a = kb.read(store -> {
            String id = about == null || about.isBlank() ? null : new EntityResolver(store).resolve(about).id();
            AdmittedClaims claims = new AdmittedClaims(store, view);
            List<Conflict> conflicts = new ConflictFinder(claims).find(id);
            Corroboration corroboration = new Corroboration(claims.matching(id == null ? ClaimFilter.all() : ClaimFilter.about(id)),
                    new StoredSourceDocuments(new JdbcDocumentStore(store.connection())));
            return ConflictJson.of(conflicts, corroboration);
        });
        Pagination.send(ctx, a);
    }

    private void compare(Context ctx) {
        List<String> orgs = ctx.queryParams("org");
        if (orgs.isEmpty()) throw ApiError.badRequest("missing query parameter 'org' (repeat it: org=CSTO&org=NATO)");
        PartialDate from = Requests.date(ctx, "from", false), to = Requests.date(ctx, "to", false);
        ClaimView view = Requests.view(ctx);
        send(ctx, kb.read(store -> comparison(store, view, orgs, from, to)));
    }

    /** The CLI's compare --json body, for the API and the compare page alike. */
    static ObjectNode comparison(JdbcKnowledgeStore store, ClaimView view, List<String> orgs, PartialDate from, PartialDate to) {
        EntityResolver resolver = new EntityResolver(store);
        OrganisationIndicators indicators = new OrganisationIndicators(new AdmittedClaims(store, view), LocalDate.now());
        DateRange range = indicators.range(from, to);
        Map<Entity, List<Indicator>> byOrg = new LinkedHashMap<>();
        for (String name : orgs) {
            Entity org = resolver.resolve(name, ORGANISATIONS);
            byOrg.put(org, indicators.compute(org.id(), range));
        }
        List<FigureCheck> checks = new ArrayList<>();
        for (AnalysisComparison analysis : AnalysisComparison.packed())
            for (Entity org : byOrg.keySet()) checks.addAll(indicators.check(analysis, org.id()));
        return ComparisonJson.of(range, byOrg, checks);
    }

    private void documents(Context ctx) {
        Pagination.send(ctx, kb.read(store -> DocumentJson.documents(new JdbcDocumentStore(store.connection()).documents())));
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        send(ctx, kb.read(store -> {
            StoredDocument d = new JdbcDocumentStore(store.connection()).document(id)
                    .orElseThrow(() -> ApiError.notFound("no document " + id));
            ObjectNode n = ClaimJson.MAPPER.createObjectNode();
            n.put("doc", d.id()).put("source", d.source()).put("title", d.title()).put("author", d.author())
                    .put("publisher", d.publisher()).put("published", d.published() == null ? null : d.published().toString())
                    .put("language", d.language()).put("chars", d.chars()).put("duplicate_of", d.duplicateOf());
            n.put("text", d.text().text());
            ArrayNode refs = n.putArray("references");
            d.references().forEach(refs::add);
            n.set("claims", EvidenceJson.of(store.claims(ClaimFilter.all().withSource("document", id))));
            return n;
        }));
    }

    private void search(Context ctx) {
        String q = Requests.required(ctx, "q");
        String lang = ctx.queryParam("lang");
        SearchQuery query = new SearchQuery(q, lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT),
                Requests.date(ctx, "from", false), Requests.date(ctx, "to", false), Requests.integer(ctx, "limit", 20, 1, 200));
        send(ctx, DocumentJson.hits(kb.index().search(query)));
    }

    private void queue(Context ctx) {
        ArrayNode a = kb.read(store -> EvidenceJson.of(new ClaimReview(store, Clock.systemUTC()).proposed(ctx.queryParam("doc"), null)));
        Pagination.send(ctx, a);
    }

    private void review(Context ctx) {
        Principal who = Guard.require(ctx, Role.REVIEWER);
        JsonNode body;
        try {
            body = ClaimJson.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.path("claim").isTextual()) throw ApiError.badRequest("missing \"claim\" (a claim id)");
        String claim = body.get("claim").asText();
        String decision = body.path("decision").asText("");
        Claim decided = decide(claim, decision, body.path("field").asText(null), body.path("value").asText(null), who);
        send(ctx, EvidenceJson.of(decided));
    }

    /** One review decision by a signed-in reviewer, recorded with the account's name. */
    Claim decide(String claim, String decision, String field, String value, Principal who) {
        return kb.write(store -> {
            if (store.claim(claim).isEmpty()) throw ApiError.notFound("no claim with id " + claim);
            ClaimReview review = new ClaimReview(store, Clock.systemUTC(), who.name());
            return switch (decision) {
                case "accept" -> review.accept(claim);
                case "reject" -> review.reject(claim);
                case "edit" -> {
                    if (field == null || field.isBlank()) throw ApiError.badRequest("an edit names a \"field\" and its \"value\"");
                    yield review.edit(claim, field, value);
                }
                default -> throw ApiError.badRequest("\"decision\" is accept, reject or edit, not '" + decision + "'");
            };
        });
    }

    private void upload(Context ctx) {
        Guard.require(ctx, Role.REVIEWER);
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) throw ApiError.badRequest("no files: send them as multipart form field 'files'");
        List<Uploads.Upload> list = new ArrayList<>();
        for (UploadedFile f : files) {
            try (var in = f.content()) {
                list.add(new Uploads.Upload(f.filename(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ArrayNode a = ClaimJson.MAPPER.createArrayNode();
        for (Uploads.Outcome o : uploads.ingest(list))
            a.addObject().put("file", o.file()).put("status", o.status()).put("doc", o.document()).put("message", o.message());
        send(ctx, a);
    }

    private void export(Context ctx) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl");
        List<String> orgs = ctx.queryParams("org");
        ClaimView view = Requests.view(ctx);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        String type = kb.read(store -> {
            List<String> organisations = orgs.isEmpty()
                    ? store.entities().stream().filter(e -> Set.of(ORGANISATIONS).contains(e.kind())).map(Entity::id).toList()
                    : orgs.stream().map(o -> new EntityResolver(store).resolve(o, ORGANISATIONS).id()).distinct().toList();
            switch (format) {
                case "jsonl" -> {
                    view.claims(store, ClaimFilter.all()).forEach(c -> out.println(ClaimJson.write(ClaimJson.claim(c))));
                    return "application/x-ndjson";
                }
                case "csv" -> {
                    CowCsvExport.write(store, view, organisations, null, null, out);
                    return "text/csv";
                }
                case "ttl", "jsonld" -> {
                    Set<String> wanted = Set.copyOf(organisations);
                    List<Claim> claims = view.claims(store, ClaimFilter.ofType(ClaimType.MEMBERSHIP)).stream()
                            .filter(c -> wanted.contains(((Membership) c.body()).object())).toList();
                    RdfExport.write(RdfExport.model(claims, store::entity), RdfExport.Format.parse(format), out);
                    return format.equals("ttl") ? "text/turtle" : "application/ld+json";
                }
                default -> throw ApiError.badRequest("unknown export format '" + format + "' (one of: jsonl, csv, ttl, jsonld)");
            }
        });
        out.flush();
        ctx.contentType(type + "; charset=utf-8").result(text.toString());
    }

    private void report(Context ctx) {
        String id = ctx.pathParam("id");
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("html");
        if (!format.equals("html") && !format.equals("md")) throw ApiError.badRequest("unknown format '" + format + "' (use html or md)");
        ClaimView view = Requests.view(ctx);
        DateRange range = DateRange.of(Requests.date(ctx, "from", false), Requests.date(ctx, "to", false), LocalDate.now());
        ReportData data = kb.read(store -> {
            Entity subject = new EntityResolver(store).resolve(id, EntityKind.ORGANISATION, EntityKind.STATE, EntityKind.FORMAT, EntityKind.GROUP);
            return new ReportBuilder(new AdmittedClaims(store, view), LocalDate.now()).build(subject, range, describe(view));
        });
        String file = data.subject().id().replaceAll("[^A-Za-z0-9_-]", "_") + "-report." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType((format.equals("md") ? "text/markdown" : "text/html") + "; charset=utf-8")
                .result(format.equals("md") ? MarkdownReport.render(data) : HtmlReport.render(data));
    }

    static String describe(ClaimView view) {
        return (view.knownAt() == null ? "as the KB knows it now" : "as the KB knew it on " + view.knownAt())
                + (view.includeProposed() ? ", including claims awaiting review" : ", curated, imported and accepted claims only");
    }
}
