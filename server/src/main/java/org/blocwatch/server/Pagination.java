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

    private Pagination() {}

    static ArrayNode page(Context ctx, ArrayNode all) {
        int limit = Requests.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = Requests.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ctx.header("X-Total-Count", Integer.toString(all.size()));
        ctx.header("X-Limit", Integer.toString(limit));
        ctx.header("X-Offset", Integer.toString(offset));
        if (offset == 0 && all.size() <= limit) return all;
        ArrayNode page = ClaimJson.MAPPER.createArrayNode();
        for (int i = offset; i < Math.min(all.size(), (long) offset + limit); i++) page.add(all.get(i));
        return page;
    }
}
