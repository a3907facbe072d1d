package org.blocwatch.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import org.blocwatch.model.ClaimJson;

/**
 * Lists in pages: limit and offset as query parameters, the whole list's size in the
 * X-Total-Count header, so that the body stays the CLI's --json array.
 */
final class Pagination {
    static final int DEFAULT_LIMIT = 500, MAX_LIMIT = 5000;

    /** One page of a list, already written as JSON. */
    record Page(String body, int total, int limit, int offset) {
        void send(Context ctx) {
            ctx.header("X-Total-Count", Integer.toString(total));
            ctx.header("X-Limit", Integer.toString(limit));
            ctx.header("X-Offset", Integer.toString(offset));
            ctx.contentType("application/json; charset=utf-8").result(body);
        }
    }

    private Pagination() {}

    static Page of(Context ctx, ArrayNode all) {
        int limit = Requests.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = Requests.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ArrayNode items = all;
        if (offset > 0 || all.size() > limit) {
            items = ClaimJson.MAPPER.createArrayNode();
            for (int i = offset; i < Math.min(all.size(), (long) offset + limit); i++) items.add(all.get(i));
        }
        return new Page(ClaimJson.write(items), all.size(), limit, offset);
    }

    static void send(Context ctx, ArrayNode all) {
        of(ctx, all).send(ctx);
    }
}
