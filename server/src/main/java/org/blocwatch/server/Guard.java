package org.blocwatch.server;

import io.javalin.http.Context;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Who may do what. A request carries its principal as an attribute (set from the session or an
 * "Authorization: Bearer" token before the handler runs); writing needs one with a role high
 * enough, and a request signed in by session cookie must also carry the session's CSRF token
 * (form field "csrf" or header X-CSRF-Token), which another site cannot read.
 */
final class Guard {
    static final String PRINCIPAL = "principal", CSRF = "csrf";

    private Guard() {}

    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    static Principal require(Context ctx, Role role) {
        Principal p = principal(ctx);
        if (p == null) throw new ApiError(401, "sign in or send an API token (Authorization: Bearer ...) to do this");
        if (!p.role().atLeast(role)) throw new ApiError(403, "account " + p.name() + " is a " + p.role().wire() + "; this needs a " + role.wire());
        if (!p.byToken()) checkCsrf(ctx);
        return p;
    }

    /** The session's CSRF token, created on first use. */
    static String csrf(Context ctx) {
        String token = ctx.sessionAttribute(CSRF);
        if (token == null) {
            token = Accounts.randomToken();
            ctx.sessionAttribute(CSRF, token);
        }
        return token;
    }

    static void checkCsrf(Context ctx) {
        String expected = ctx.sessionAttribute(CSRF);
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null && ctx.isMultipartFormData()) sent = ctx.formParam(CSRF);
        else if (sent == null && ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded"))
            sent = ctx.formParam(CSRF);
        if (expected == null || sent == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8)))
            throw new ApiError(403, "the form's security token is missing or out of date; reload the page and try again");
    }
}
