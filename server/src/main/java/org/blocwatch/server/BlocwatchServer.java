package org.blocwatch.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.blocwatch.query.UnknownEntityException;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * blocwatch over HTTP: the REST API, its OpenAPI document and Swagger UI, and the web
 * workbench, on Javalin (Jetty). Every response carries the security headers; errors are one
 * line of JSON (API) or a short page (workbench), never a stack trace.
 */
public final class BlocwatchServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlocwatchServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.blocwatch.server.requests");
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final KnowledgeBase kb;
    private final ServerSettings settings;
    private final Javalin app;

    public BlocwatchServer(KnowledgeBase kb, ServerSettings settings) {
        this.kb = kb;
        this.settings = settings;
        Uploads uploads = new Uploads(kb, settings.maxUploadBytes());
        AnswerCache cache = new AnswerCache(kb);
        Api api = new Api(kb, uploads, cache);
        Pages pages = new Pages(kb, api, uploads, cache);
        String openApi = resource("/org/blocwatch/server/openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = "/org/blocwatch/server/assets";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            QueuedThreadPool pool = new QueuedThreadPool(settings.threads(), Math.min(8, settings.threads()));
            pool.setName("blocwatch-http");
            config.jetty.threadPool = pool;
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() * 20, io.javalin.config.SizeUnit.BYTES);
            config.http.maxRequestSize = settings.maxUploadBytes() * 20;
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
                handler.getSessionHandler().setHttpOnly(true);
            });
            config.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.status().getCode(),
                    String.format(java.util.Locale.ROOT, "%.1f", ms)));
        });
        app.before(this::before);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        app.get("/api/docs", ctx -> ctx.html(swaggerPage()));
        api.routes(app);
        pages.routes(app);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(UnknownEntityException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "blocwatch failed to answer (" + e.getClass().getSimpleName() + "); the server log has the details");
        });
        // a 404 that no handler of ours answered (an unknown path) still gets our JSON or page, not Javalin's plain text
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html")))
                error(ctx, 404, "no such page or API path: " + ctx.path());
        });
        app.error(413, ctx -> error(ctx, 413, "the upload is larger than the server accepts (" + settings.maxUploadBytes() + " bytes a file)"));
    }

    private void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        Principal principal = principal(ctx);
        if (principal != null) ctx.attribute(Guard.PRINCIPAL, principal);
        String path = ctx.path();
        boolean open = path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/login");
        if (settings.readNeedsSignIn() && principal == null && !open) {
            if (path.startsWith("/api/")) throw new ApiError(401, "this server needs a signed-in account or an API token to read");
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
        }
    }

    private Principal principal(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            Optional<Principal> p = kb.read(store -> Accounts.byToken(store, auth.substring(7).strip()));
            if (p.isEmpty()) throw new ApiError(401, "the API token is not known");
            return p.get();
        }
        return ctx.req().getSession(false) == null ? null : ctx.sessionAttribute(Guard.PRINCIPAL);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        String line = message == null ? "error" : message.lines().findFirst().orElse("error");
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8").result(org.blocwatch.model.ClaimJson.write(
                    org.blocwatch.model.ClaimJson.MAPPER.createObjectNode().put("error", line)));
        } else {
            Principal p = Guard.principal(ctx);
            ctx.html(Html.page(status == 404 ? "Not found" : status == 401 || status == 403 ? "Not allowed" : "Cannot answer",
                    new PageContext(p, ctx, ""),
                    "<p class=\"error\" id=\"error\">" + Html.esc(line) + "</p>"
                            + (status == 401 ? "<p><a href=\"/login\">Sign in</a></p>" : "")));
        }
    }

    private static String swaggerPage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>blocwatch API</title>"
                + "<link rel=\"stylesheet\" href=\"/webjars/swagger-ui/" + SwaggerUi.VERSION + "/swagger-ui.css\"></head><body>"
                + "<div id=\"swagger-ui\"></div>"
                + "<script src=\"/webjars/swagger-ui/" + SwaggerUi.VERSION + "/swagger-ui-bundle.js\"></script>"
                + "<script src=\"/assets/swagger-init.js\"></script></body></html>";
    }

    static String resource(String name) {
        try (InputStream in = BlocwatchServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BlocwatchServer start() {
        app.start(settings.host(), settings.port());
        LOG.info("blocwatch serves http://{}:{}/", settings.host(), port());
        return this;
    }

    public int port() { return app.port(); }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** Stops taking requests and lets those under way finish; the knowledge base stays open. */
    public void stop() {
        app.stop();
    }

    /** Stops, then closes the knowledge base. */
    @Override
    public void close() {
        stop();
        kb.close();
    }

    /** Opens the knowledge base through {@code opener} (a connection each) and serves it. */
    public static BlocwatchServer open(java.util.function.Supplier<JdbcKnowledgeStore> opener, java.nio.file.Path indexFolder,
                                       ServerSettings settings) {
        KnowledgeBase kb = new KnowledgeBase(opener, settings.readConnections(),
                org.blocwatch.ingest.search.SearchIndex.open(indexFolder));
        return new BlocwatchServer(kb, settings);
    }
}
