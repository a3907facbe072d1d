package org.blocwatch.server;

import io.javalin.http.Context;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.ClaimView;

import java.time.Instant;
import java.time.ZoneOffset;

/** Query parameters read the CLI's way: dates as YYYY[-MM[-DD]], --known-at and --include-proposed as known-at and include-proposed. */
final class Requests {
    private Requests() {}

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw ApiError.badRequest("missing query parameter '" + name + "'");
        return v.strip();
    }

    static PartialDate date(Context ctx, String name, boolean required) {
        String v = required ? required(ctx, name) : ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return PartialDate.parse(v.strip());
        } catch (RuntimeException e) {
            throw ApiError.badRequest("parameter '" + name + "': " + e.getMessage());
        }
    }

    /** The claims an answer may use, as --known-at and --include-proposed choose them on the command line. */
    static ClaimView view(Context ctx) {
        PartialDate knownAt = date(ctx, "known-at", false);
        Instant at = knownAt == null ? null : knownAt.latest().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
        return new ClaimView(at, flag(ctx, "include-proposed"));
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return false;
        return switch (v) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiError.badRequest("parameter '" + name + "' is true or false, not '" + v + "'");
        };
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiError.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("parameter '" + name + "' is not a whole number: '" + v + "'");
        }
    }
}
