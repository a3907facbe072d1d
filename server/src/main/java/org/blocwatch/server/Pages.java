package org.blocwatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.ClaimReview;
import org.blocwatch.answers.Conflict;
import org.blocwatch.answers.ConflictFinder;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.report.Charts;
import org.blocwatch.answers.report.ReportBuilder;
import org.blocwatch.answers.report.ReportData;
import org.blocwatch.ingest.search.SearchHit;
import org.blocwatch.ingest.search.SearchQuery;
import org.blocwatch.model.Alias;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Names;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.query.ClaimView;
import org.blocwatch.query.EntityResolver;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.StatusAnswer;
import org.blocwatch.query.TimelineEntry;
import org.blocwatch.query.TimelineQuery;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.DocumentSummary;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.ReviewRecord;
import org.blocwatch.store.StoredDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The web workbench: pages rendered on the server, readable without JavaScript (the jar's
 * workbench.js only adds keyboard shortcuts and upload progress). Every value is escaped.
 */
final class Pages {
    private static final int CHART_WIDTH = 1000, CLAIMS_SHOWN = 100, QUEUE_SHOWN = 50, CONTEXT = 160;

    private final KnowledgeBase kb;
    private final Api api;
    private final Uploads uploads;
    private final AnswerCache cache;

    /** A page's title and content, without the frame that names the signed-in account: what the cache keeps. */
    private record Titled(String title, String body) {}

    Pages(KnowledgeBase kb, Api api, Uploads uploads, AnswerCache cache) {
        this.kb = kb;
        this.api = api;
        this.uploads = uploads;
        this.cache = cache;
    }

    private static String key(Context ctx) {
        return "page " + ctx.path() + "?" + ctx.queryString();
    }

    void routes(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/search"));
        app.get("/login", this::loginForm);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/search", this::search);
        app.get("/entity/{id}", this::entity);
        app.get("/org/{id}", this::organisation);
        app.get("/doc/{id}", this::document);
        app.get("/docs", this::documents);
        app.get("/claim/{id}", this::claim);
        app.get("/review", this::reviewQueue);
        app.post("/review", this::reviewDecision);
        app.get("/compare", this::compare);
        app.get("/upload", this::uploadForm);
        app.post("/upload", this::upload);
    }

    private static PageContext context(Context ctx, String query) {
        return new PageContext(Guard.principal(ctx), ctx, query == null ? "" : query);
    }

    private static void render(Context ctx, String title, String query, String body) {
        ctx.html(Html.page(title, context(ctx, query), body));
    }

    // ------------------------------------------------------------------ accounts

    private void loginForm(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        render(ctx, "Sign in", null, "<form class=\"card\" method=\"post\" action=\"/login\">" + Html.csrfField(context(ctx, null))
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next) + "\">"
                + "<label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\" required></label>"
                + "<label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required></label>"
                + "<button id=\"sign-in\">Sign in</button></form>"
                + "<p class=\"meta\">Accounts are made on the command line: <code>blocwatch user add NAME --role reviewer</code>.</p>");
    }

    private void login(Context ctx) {
        Guard.checkCsrf(ctx);
        Optional<Principal> p = kb.read(store -> Accounts.signIn(store, ctx.formParam("name"), ctx.formParam("password")));
        if (p.isEmpty()) throw new ApiError(401, "wrong name or password");
        ctx.req().changeSessionId();
        ctx.sessionAttribute(Guard.PRINCIPAL, p.get());
        ctx.redirect(safeNext(ctx.formParam("next")));
    }

    private void logout(Context ctx) {
        Guard.checkCsrf(ctx);
        ctx.req().getSession().invalidate();
        ctx.redirect("/search");
    }

    /** Only a path on this server, never another site ("//host" or a scheme). */
    private static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/search";
    }

    // ------------------------------------------------------------------ search

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.isEmpty()) {
            render(ctx, "Search", q, "<p>Names of states, organisations and persons in German, English or Russian "
                    + "(<a href=\"/search?q=Kasachstan\">Kasachstan</a>, <a href=\"/search?q=%D0%9E%D0%94%D0%9A%D0%91\">ОДКБ</a>, "
                    + "<a href=\"/search?q=Tokayev\">Tokayev</a>) and the full text of the stored documents.</p>");
            return;
        }
        String body = cache.get(key(ctx), () -> searchResults(q));
        render(ctx, "Search: " + q, q, body);
    }

    private String searchResults(String q) {
        StringBuilder b = new StringBuilder();
        kb.read(store -> {
            List<Entity> entities = store.entitiesByAlias(Names.normalise(q));
            b.append("<section><h2>Names</h2>");
            if (entities.isEmpty()) {
                List<String> close = new EntityResolver(store).suggest(q);
                b.append("<p>No name matches exactly.").append(close.isEmpty() ? "" : " Did you mean: ").append("</p><ul class=\"results\">");
                for (String s : close) {
                    String id = s.substring(s.lastIndexOf('(') + 1, s.length() - 1);
                    Optional<Entity> e = store.entity(id);
                    e.ifPresent(x -> b.append("<li>").append(link(x)).append("</li>"));
                }
                b.append("</ul>");
            } else {
                b.append("<ul class=\"results\" id=\"names\">");
                for (Entity e : entities)
                    b.append("<li>").append(link(e)).append(" <span class=\"meta\">").append(Html.esc(e.id())).append(", ")
                            .append(Html.esc(kind(e))).append("</span></li>");
                b.append("</ul>");
            }
            b.append("</section>");
            return null;
        });
        List<SearchHit> hits;
        try {
            hits = kb.index().search(new SearchQuery(q, null, null, null, 20));
        } catch (IllegalArgumentException e) {
            hits = List.of();
            b.append("<p class=\"error\">").append(Html.esc(e.getMessage())).append("</p>");
        }
        b.append("<section><h2>Documents</h2>");
        if (hits.isEmpty()) b.append("<p>No document mentions it.</p>");
        b.append("<ul class=\"results\" id=\"hits\">");
        for (SearchHit h : hits)
            b.append("<li><a href=\"/doc/").append(Html.url(h.id())).append("\">").append(Html.esc(h.title() == null ? h.id() : h.title()))
                    .append("</a> <span class=\"meta\">").append(Html.esc(h.language())).append(", ")
                    .append(Html.esc(h.published() == null ? "no date" : h.published())).append("</span><br>")
                    .append(snippet(h.snippet())).append("</li>");
        b.append("</ul></section>");
        return b.toString();
    }

    /** A snippet with the matches, which the index marks «thus», as highlighted text. */
    private static String snippet(String s) {
        return Html.esc(s).replace("«", "<mark>").replace("»", "</mark>");
    }

    // ------------------------------------------------------------------ entity and organisation

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        PartialDate at = Requests.date(ctx, "at", false);
        ClaimView view = Requests.view(ctx);
        Titled page = cache.get(key(ctx), () -> kb.read(store -> {
            Entity e = store.entity(id).orElseThrow(() -> ApiError.notFound("no entity with id " + id));
            StringBuilder b = new StringBuilder();
            b.append(names(e));
            List<TimelineEntry> timeline = new TimelineQuery(store, view).timeline(e.id());
            if (e.kind() == EntityKind.STATE) {
                b.append(asOfForm("/entity/" + e.id(), at));
                if (at != null) {
                    Set<String> orgs = new LinkedHashSet<>();
                    timeline.stream().filter(t -> t.kind().equals("membership") && t.subject().equals(e.id())).forEach(t -> orgs.add(t.object()));
                    b.append("<section id=\"status\"><h2>Status on ").append(Html.esc(at)).append("</h2><table><tr><th>organisation</th><th>status</th><th>span</th><th>source</th></tr>");
                    MembershipQuery q = new MembershipQuery(store, view);
                    for (String org : orgs) {
                        StatusAnswer s = q.status(e.id(), org, at);
                        if (s.status() == null) continue;
                        b.append("<tr><td>").append(Html.entityLink(org, label(store, org), true)).append("</td><td>")
                                .append(statusCell(s)).append("</td><td>").append(span(s.from(), s.to())).append("</td><td>")
                                .append(source(s.supporting().get(0))).append("</td></tr>");
                    }
                    b.append("</table></section>");
                }
            }
            if (e.kind() != EntityKind.PERSON && e.kind() != EntityKind.PLACE) {
                ReportData data = new ReportBuilder(new AdmittedClaims(store, view), LocalDate.now())
                        .build(e, DateRange.of(null, null, LocalDate.now()), Api.describe(view));
                b.append("<section id=\"gantt\"><h2>Memberships</h2><figure>").append(Charts.gantt(data, CHART_WIDTH)).append("</figure></section>");
            }
            b.append(timelineTable("Offices", "offices", timeline.stream().filter(t -> t.kind().equals("office")).toList(), store));
            List<Claim> claims = view.claims(store, ClaimFilter.about(e.id()));
            b.append(claimList("Events", "events", claims.stream().filter(c -> c.type() == ClaimType.EVENT).toList(), store));
            b.append(claimList("All claims", "claims", claims, store));
            return new Titled(e.label(), b.toString());
        }));
        ctx.html(Html.page(page.title(), context(ctx, null), page.body()));
    }

    private void organisation(Context ctx) {
        String id = ctx.pathParam("id");
        PartialDate at = Requests.date(ctx, "at", false);
        PartialDate day = at == null ? PartialDate.of(LocalDate.now()) : at;
        ClaimView view = Requests.view(ctx);
        Titled page = cache.get(key(ctx), () -> kb.read(store -> {
            Entity org = store.entity(id).orElseThrow(() -> ApiError.notFound("no organisation with id " + id));
            if (org.kind() == EntityKind.STATE || org.kind() == EntityKind.PERSON) throw ApiError.notFound(id + " is not an organisation; see /entity/" + id);
            StringBuilder b = new StringBuilder(names(org));
            b.append("<p><a class=\"button\" id=\"report\" href=\"/api/v1/report/").append(Html.url(org.id())).append("\">Download the report (HTML)</a> ")
                    .append("<a href=\"/api/v1/report/").append(Html.url(org.id())).append("?format=md\">Markdown</a></p>");
            b.append(asOfForm("/org/" + org.id(), at));
            List<StatusAnswer> members = new MembershipQuery(store, view).members(org.id(), day, null);
            b.append("<section id=\"members\"><h2>Members on ").append(Html.esc(day)).append(" (").append(members.size()).append(")</h2>")
                    .append("<table><tr><th>state</th><th>status</th><th>span</th><th>source</th></tr>");
            for (StatusAnswer s : members)
                b.append("<tr data-member=\"").append(Html.esc(s.subject())).append("\"><td>").append(link(store, s.subject()))
                        .append("</td><td>").append(statusCell(s)).append("</td><td>").append(span(s.from(), s.to())).append("</td><td>")
                        .append(source(s.supporting().get(0))).append(s.supporting().size() > 1 ? " <span class=\"meta\">(+" + (s.supporting().size() - 1) + ")</span>" : "")
                        .append("</td></tr>");
            b.append("</table></section>");
            AdmittedClaims claims = new AdmittedClaims(store, view);
            ReportBuilder builder = new ReportBuilder(claims, LocalDate.now());
            ReportData data = builder.build(org, DateRange.of(null, null, LocalDate.now()), Api.describe(view));
            b.append("<section id=\"gantt\"><h2>Members over time</h2><figure>").append(Charts.gantt(data, CHART_WIDTH))
                    .append("</figure><figure>").append(Charts.count(data, CHART_WIDTH)).append("</figure></section>");
            b.append("<section id=\"indicators\"><h2>Indicators</h2><table>");
            for (Indicator i : data.indicators())
                b.append("<tr><th>").append(Html.esc(i.label())).append("</th><td>").append(Html.esc(i.display())).append("</td></tr>");
            b.append("</table></section>");
            List<Conflict> conflicts = new ConflictFinder(claims).find(org.id());
            b.append("<section id=\"conflicts\"><h2>Conflicts (").append(conflicts.size()).append(")</h2>");
            for (Conflict c : conflicts)
                b.append("<div class=\"conflict\"><p><strong>").append(Html.esc(c.kind())).append("</strong> ").append(Html.esc(c.about()))
                        .append(": ").append(Html.esc(c.why())).append("</p><div class=\"sides\"><div>").append(claimCard(c.first(), store))
                        .append("</div><div>").append(claimCard(c.second(), store)).append("</div></div></div>");
            b.append("</section>");
            return new Titled(org.label(), b.toString());
        }));
        ctx.html(Html.page(page.title(), context(ctx, null), page.body()));
    }

    private static String names(Entity e) {
        Map<String, List<String>> byLang = new TreeMap<>();
        for (Alias a : e.aliases())
            if (a.lang() != null && (a.kind().name().equals("NAME") || a.kind().name().equals("ABBREVIATION")))
                byLang.computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a.text());
        StringBuilder b = new StringBuilder("<p class=\"meta\">").append(Html.esc(e.id())).append(" \u00b7 ").append(Html.esc(kind(e)));
        byLang.forEach((lang, list) -> b.append(" \u00b7 ").append(Html.esc(lang)).append(": ").append(Html.esc(String.join(", ", list))));
        return b.append("</p>").toString();
    }

    private static String asOfForm(String action, PartialDate at) {
        return "<form class=\"asof\" method=\"get\" action=\"" + Html.esc(action) + "\"><label>As of <input name=\"at\" id=\"at\" "
                + "placeholder=\"YYYY[-MM[-DD]]\" value=\"" + Html.esc(at) + "\"></label><button id=\"asof-go\">Show</button></form>";
    }

    private static String statusCell(StatusAnswer s) {
        return "<span class=\"status " + Html.esc(s.status().wire()) + "\">" + Html.esc(s.status().wire()) + "</span>"
                + (s.uncertain() ? " <span class=\"meta\">uncertain</span>" : "")
                + (s.contradicting().isEmpty() ? "" : " <span class=\"meta\">contradicted by " + s.contradicting().size() + "</span>");
    }

    private static String span(PartialDate from, PartialDate to) {
        return Html.esc(from == null ? "?" : from) + " \u2013 " + Html.esc(to == null ? "" : to);
    }

    private String timelineTable(String title, String anchor, List<TimelineEntry> entries, JdbcKnowledgeStore store) {
        if (entries.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section id=\"" + anchor + "\"><h2>" + Html.esc(title) + "</h2><table>"
                + "<tr><th>from</th><th>to</th><th>what</th><th>who</th><th>of</th><th>source</th></tr>");
        for (TimelineEntry t : entries)
            b.append("<tr><td>").append(Html.esc(t.from() == null ? "?" : t.from())).append("</td><td>").append(Html.esc(t.to()))
                    .append("</td><td>").append(Html.esc(t.what())).append("</td><td>").append(link(store, t.subject()))
                    .append("</td><td>").append(link(store, t.object())).append("</td><td>")
                    .append(source(t.claim())).append("</td></tr>");
        return b.append("</table></section>").toString();
    }

    private String claimList(String title, String anchor, List<Claim> claims, JdbcKnowledgeStore store) {
        StringBuilder b = new StringBuilder("<section id=\"" + anchor + "\"><h2>" + Html.esc(title) + " (" + claims.size() + ")</h2><ul class=\"claims\">");
        claims.stream().limit(CLAIMS_SHOWN).forEach(c -> b.append("<li>").append(claimCard(c, store)).append("</li>"));
        if (claims.size() > CLAIMS_SHOWN) b.append("<li class=\"meta\">\u2026 and ").append(claims.size() - CLAIMS_SHOWN).append(" more (see the API: /api/v1/claims)</li>");
        return b.append("</ul></section>").toString();
    }

    /** A claim in one line: what it says, linked to its page, and its source. */
    private static String claimCard(Claim c, JdbcKnowledgeStore store) {
        return "<a class=\"claim-link\" href=\"/claim/" + Html.url(c.id()) + "\">" + Html.esc(summary(c)) + "</a>"
                + (c.review() == ReviewState.PROPOSED ? " <span class=\"status proposed\">proposed</span>" : "")
                + "<div class=\"source\">" + source(c) + "</div>";
    }

    /** The claim's body as "field: value" pairs in the exchange format's names. */
    static String summary(Claim c) {
        ObjectNode body = ClaimJson.body(c.body());
        StringBuilder b = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (b.length() > 0) b.append(" \u00b7 ");
            b.append(f.getKey()).append(": ").append(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
        }
        return b.toString();
    }

    /** Where a claim comes from: the document and its quote (linked to the quote in the document), the citation or the dataset row. */
    static String source(Claim c) {
        if (c.provenance() instanceof Provenance.Document d)
            return "<a class=\"quote\" href=\"/doc/" + Html.url(d.docId()) + "#q-" + Html.esc(c.id()) + "\">\u201c"
                    + Html.esc(d.quote()) + "\u201d</a> <span class=\"meta\">" + Html.esc(d.docId()) + "</span>";
        return "<span class=\"citation\">" + Html.esc(c.provenance().cite()) + "</span>";
    }

    private static String link(Entity e) {
        return Html.entityLink(e.id(), e.label(), isOrganisation(e));
    }

    /** A link to the page of the entity an id names: an organisation's page, or the entity page. */
    private static String link(JdbcKnowledgeStore store, String id) {
        if (id == null) return "";
        return store.entity(id).map(Pages::link).orElseGet(() -> Html.entityLink(id, id, false));
    }

    private static boolean isOrganisation(Entity e) {
        return e.kind() == EntityKind.ORGANISATION || e.kind() == EntityKind.FORMAT || e.kind() == EntityKind.GROUP;
    }

    private static String kind(Entity e) {
        return e.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String label(JdbcKnowledgeStore store, String id) {
        if (id == null) return "";
        return store.entity(id).map(Entity::label).orElse(id);
    }

    // ------------------------------------------------------------------ documents and claims

    private void documents(Context ctx) {
        List<DocumentSummary> docs = kb.read(store -> new JdbcDocumentStore(store.connection()).documents());
        StringBuilder b = new StringBuilder("<table><tr><th>document</th><th>published</th><th>language</th><th>characters</th></tr>");
        for (DocumentSummary d : docs)
            b.append("<tr><td><a href=\"/doc/").append(Html.url(d.id())).append("\">").append(Html.esc(d.title() == null ? d.id() : d.title()))
                    .append("</a></td><td>").append(Html.esc(d.published())).append("</td><td>").append(Html.esc(d.language()))
                    .append("</td><td>").append(d.chars()).append("</td></tr>");
        b.append("</table>");
        if (docs.isEmpty()) b.append("<p>No documents yet: <a href=\"/upload\">upload some</a>.</p>");
        render(ctx, "Documents (" + docs.size() + ")", null, b.toString());
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        Titled page = cache.get(key(ctx), () -> kb.read(store -> {
            StoredDocument d = new JdbcDocumentStore(store.connection()).document(id)
                    .orElseThrow(() -> ApiError.notFound("no document " + id));
            List<Claim> claims = store.claims(ClaimFilter.all().withSource("document", id)).stream()
                    .filter(c -> c.retractedAt() == null && c.provenance() instanceof Provenance.Document).toList();
            StringBuilder b = new StringBuilder("<p class=\"meta\">").append(Html.esc(d.id())).append(" \u00b7 ")
                    .append(Html.esc(d.published() == null ? "no date" : d.published())).append(" \u00b7 ").append(Html.esc(d.language()))
                    .append(d.author() == null ? "" : " \u00b7 " + Html.esc(d.author())).append(d.publisher() == null ? "" : " \u00b7 " + Html.esc(d.publisher()))
                    .append(" \u00b7 ").append(claims.size()).append(" claims</p>");
            b.append("<article class=\"document\" id=\"text\">").append(DocumentHighlighter.render(d.text(), claims)).append("</article>");
            b.append("<section id=\"doc-claims\"><h2>Claims in this document</h2><ol class=\"claims\">");
            for (Claim c : claims)
                b.append("<li id=\"claim-").append(Html.esc(c.id())).append("\"><a class=\"claim-link\" href=\"/claim/").append(Html.url(c.id())).append("\">")
                        .append(Html.esc(summary(c))).append("</a> <span class=\"status ").append(Html.esc(c.review().wire())).append("\">")
                        .append(Html.esc(c.review().wire())).append("</span><div class=\"source\"><a class=\"quote\" href=\"#q-")
                        .append(Html.esc(c.id())).append("\">\u201c").append(Html.esc(((Provenance.Document) c.provenance()).quote()))
                        .append("\u201d</a></div></li>");
            b.append("</ol></section>");
            if (!d.references().isEmpty()) {
                b.append("<section><h2>References</h2><ul>");
                d.references().forEach(r -> b.append("<li>").append(Html.esc(r)).append("</li>"));
                b.append("</ul></section>");
            }
            return new Titled(d.title() == null ? d.id() : d.title(), b.toString());
        }));
        ctx.html(Html.page(page.title(), context(ctx, null), page.body()));
    }

    private void claim(Context ctx) {
        String id = ctx.pathParam("id");
        String page = kb.read(store -> {
            Claim c = store.claim(id).orElseThrow(() -> ApiError.notFound("no claim with id " + id));
            StringBuilder b = new StringBuilder("<table class=\"claim\">");
            ObjectNode body = ClaimJson.body(c.body());
            body.fields().forEachRemaining(f -> b.append("<tr><th>").append(Html.esc(f.getKey())).append("</th><td>")
                    .append(Html.esc(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString())).append("</td></tr>"));
            b.append("<tr><th>source</th><td>").append(source(c)).append("</td></tr>")
                    .append("<tr><th>method</th><td>").append(Html.esc(c.method())).append("</td></tr>")
                    .append("<tr><th>confidence</th><td>").append(c.confidence()).append("</td></tr>")
                    .append("<tr><th>review</th><td id=\"review-state\">").append(Html.esc(c.review().wire())).append("</td></tr>")
                    .append("<tr><th>recorded</th><td>").append(Html.esc(c.recordedAt())).append("</td></tr>")
                    .append(c.retractedAt() == null ? "" : "<tr><th>retracted</th><td>" + Html.esc(c.retractedAt()) + "</td></tr>")
                    .append("</table><section id=\"history\"><h2>Review history</h2><table><tr><th>when</th><th>state</th><th>who</th><th>note</th></tr>");
            for (ReviewRecord r : store.reviewHistory(id))
                b.append("<tr><td>").append(Html.esc(r.at())).append("</td><td>").append(Html.esc(r.state())).append("</td><td class=\"reviewer\">")
                        .append(Html.esc(r.reviewer() == null ? "\u2014" : r.reviewer())).append("</td><td>").append(Html.esc(r.note())).append("</td></tr>");
            b.append("</table></section>");
            return Html.page("Claim " + c.id(), context(ctx, null), b.toString());
        });
        ctx.html(page);
    }

    // ------------------------------------------------------------------ review

    private void reviewQueue(Context ctx) {
        Principal who = Guard.principal(ctx);
        if (who == null) throw new ApiError(401, "the review queue is for signed-in reviewers: sign in first");
        if (!who.role().atLeast(Role.REVIEWER)) throw new ApiError(403, "account " + who.name() + " is a reader; reviewing needs a reviewer");
        String page = kb.read(store -> {
            List<Claim> queue = new ClaimReview(store, Clock.systemUTC()).proposed(ctx.queryParam("doc"), null);
            JdbcDocumentStore docs = new JdbcDocumentStore(store.connection());
            PageContext pc = context(ctx, null);
            StringBuilder b = new StringBuilder("<p class=\"meta\">").append(queue.size()).append(" claims await review. Keys: ")
                    .append("<kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit a field.</p><ol class=\"queue\" id=\"queue\">");
            for (Claim c : queue.stream().limit(QUEUE_SHOWN).toList()) {
                b.append("<li class=\"proposal\" tabindex=\"0\" data-claim=\"").append(Html.esc(c.id())).append("\"><a class=\"claim-link\" href=\"/claim/")
                        .append(Html.url(c.id())).append("\">").append(Html.esc(summary(c))).append("</a>");
                if (c.provenance() instanceof Provenance.Document d) b.append(inContext(docs, d, c.id()));
                String hidden = Html.csrfField(pc) + "<input type=\"hidden\" name=\"claim\" value=\"" + Html.esc(c.id()) + "\">";
                b.append("<div class=\"decide\"><form method=\"post\" action=\"/review\">").append(hidden)
                        .append("<button name=\"decision\" value=\"accept\" class=\"accept\">Accept</button>")
                        .append("<button name=\"decision\" value=\"reject\" class=\"reject\">Reject</button></form>")
                        .append("<form method=\"post\" action=\"/review\" class=\"edit\">").append(hidden)
                        .append("<input type=\"hidden\" name=\"decision\" value=\"edit\"><select name=\"field\" aria-label=\"field\">");
                ClaimJson.body(c.body()).fieldNames().forEachRemaining(f -> { if (!f.equals("type")) b.append("<option>").append(Html.esc(f)).append("</option>"); });
                b.append("</select><input name=\"value\" aria-label=\"new value\" placeholder=\"new value\"><button class=\"edit\">Edit</button></form></div></li>");
            }
            b.append("</ol>");
            if (queue.isEmpty()) b.append("<p>Nothing awaits review.</p>");
            return Html.page("Review queue", pc, b.toString());
        });
        ctx.html(page);
    }

    /** The quote with the text around it, from the document as extracted (where its offsets point). */
    private static String inContext(JdbcDocumentStore docs, Provenance.Document d, String claimId) {
        Optional<StoredDocument> doc = docs.document(d.docId());
        if (doc.isEmpty()) return "<blockquote>" + Html.esc(d.quote()) + "</blockquote>";
        String text = doc.get().text().original();
        int start = Math.max(0, Math.min(d.start(), text.length())), end = Math.max(start, Math.min(d.end(), text.length()));
        return "<blockquote class=\"context\">\u2026" + Html.esc(text.substring(Math.max(0, start - CONTEXT), start))
                + "<mark>" + Html.esc(text.substring(start, end)) + "</mark>"
                + Html.esc(text.substring(end, Math.min(text.length(), end + CONTEXT))) + "\u2026 <a href=\"/doc/" + Html.url(d.docId())
                + "#q-" + Html.esc(claimId) + "\">in the document</a></blockquote>";
    }

    private void reviewDecision(Context ctx) {
        Principal who = Guard.require(ctx, Role.REVIEWER);
        String claim = ctx.formParam("claim");
        if (claim == null || claim.isBlank()) throw ApiError.badRequest("no claim named");
        Claim decided = api.decide(claim, Optional.ofNullable(ctx.formParam("decision")).orElse(""), ctx.formParam("field"), ctx.formParam("value"), who);
        ctx.redirect("/review?decided=" + java.net.URLEncoder.encode(decided.id(), java.nio.charset.StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ compare

    private void compare(Context ctx) {
        List<String> orgs = new ArrayList<>();
        for (String o : ctx.queryParams("org")) for (String part : o.split("[,\\s]+")) if (!part.isBlank()) orgs.add(part);
        ClaimView view = Requests.view(ctx);
        StringBuilder b = new StringBuilder("<form class=\"asof\" method=\"get\" action=\"/compare\"><label>Organisations "
                + "<input name=\"org\" id=\"orgs\" value=\"" + Html.esc(String.join(" ", orgs)) + "\" placeholder=\"CSTO NATO SCO\"></label>"
                + "<button>Compare</button></form>");
        if (!orgs.isEmpty()) {
            ObjectNode cmp = kb.read(store -> Api.comparison(store, view, orgs, null, null));
            List<JsonNode> columns = new ArrayList<>();
            cmp.get("organisations").forEach(columns::add);
            b.append("<table class=\"compare\" id=\"comparison\"><tr><th>indicator</th>");
            columns.forEach(c -> b.append("<th>").append(Html.entityLink(c.get("id").asText(), c.get("name").asText(), true)).append("</th>"));
            b.append("</tr>");
            List<String> keys = new ArrayList<>();
            Map<String, String> labels = new java.util.HashMap<>();
            columns.forEach(c -> c.get("indicators").forEach(i -> {
                if (!keys.contains(i.get("key").asText())) keys.add(i.get("key").asText());
                labels.putIfAbsent(i.get("key").asText(), i.get("label").asText());
            }));
            for (String key : keys) {
                b.append("<tr><th>").append(Html.esc(labels.get(key))).append("</th>");
                for (JsonNode c : columns) {
                    String cell = "\u2014";
                    for (JsonNode i : c.get("indicators")) if (i.get("key").asText().equals(key)) cell = i.get("display").asText();
                    b.append("<td>").append(Html.esc(cell)).append("</td>");
                }
                b.append("</tr>");
            }
            b.append("</table>");
        }
        render(ctx, "Compare organisations", null, b.toString());
    }

    // ------------------------------------------------------------------ upload

    private void uploadForm(Context ctx) {
        render(ctx, "Upload documents", null, "<form id=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">"
                + Html.csrfField(context(ctx, null)) + "<input type=\"file\" name=\"files\" id=\"files\" multiple accept=\""
                + Html.esc(String.join(",", Uploads.TYPES.stream().sorted().map(t -> "." + t).toList())) + "\">"
                + "<button id=\"upload-go\">Upload</button></form><ul id=\"upload-results\" class=\"results\"></ul>"
                + "<p class=\"meta\">Text, Markdown, HTML, PDF, DOCX, ODT or RTF, each at most " + uploadsLimit() + ". "
                + "Claims found in them await review. Uploading needs a signed-in reviewer.</p>");
    }

    private String uploadsLimit() {
        long bytes = uploads.maxBytes();
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private void upload(Context ctx) {
        Guard.require(ctx, Role.REVIEWER);
        List<Uploads.Upload> list = new ArrayList<>();
        for (UploadedFile f : ctx.uploadedFiles("files")) {
            try (var in = f.content()) {
                list.add(new Uploads.Upload(f.filename(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (list.isEmpty()) throw ApiError.badRequest("choose one or more files to upload");
        StringBuilder b = new StringBuilder("<ul id=\"upload-results\" class=\"results\">");
        for (Uploads.Outcome o : uploads.ingest(list)) {
            b.append("<li class=\"").append(o.status().equals("failed") ? "error" : "ok").append("\">");
            if (o.document() != null) b.append("<a href=\"/doc/").append(Html.url(o.document())).append("\">").append(Html.esc(o.message())).append("</a>");
            else b.append(Html.esc(o.message()));
            b.append("</li>");
        }
        render(ctx, "Uploaded", null, b.append("</ul><p><a href=\"/upload\">Upload more</a></p>").toString());
    }
}
