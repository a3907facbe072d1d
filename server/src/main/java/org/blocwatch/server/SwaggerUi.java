package org.blocwatch.server;

/** The Swagger UI webjar's version, which is part of its assets' paths. */
final class SwaggerUi {
    static final String VERSION = "5.35.0";

    private SwaggerUi() {}
}
