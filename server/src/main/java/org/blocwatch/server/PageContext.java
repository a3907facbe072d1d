package org.blocwatch.server;

/** What every page needs besides its content: who is signed in, the form token, the search box's text. */
record PageContext(Principal principal, String csrf, String query) {}
