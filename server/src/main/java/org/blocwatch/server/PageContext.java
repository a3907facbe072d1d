package org.blocwatch.server;

import io.javalin.http.Context;

/**
 * What every page needs besides its content: who is signed in, the form token (made, with a
 * session, only when a page has a form that needs it), the search box's text.
 */
record PageContext(Principal principal, Context ctx, String query) {
    String csrf() { return Guard.csrf(ctx); }
}
