package org.blocwatch.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a knowledge base lives: a file path (the embedded SQLite default) or a PostgreSQL URL,
 * {@code postgresql://[user[:password]@]host[:port]/database[?param=value...]} with or without
 * {@code jdbc:} in front. The PostgreSQL driver does not read user and password from the
 * authority part, so they are taken from there (else from the {@code user} and {@code password}
 * parameters, else from {@code $PGUSER} and {@code $PGPASSWORD}) and passed as properties.
 */
public sealed interface StoreLocation {

    /** Parses a location as typed by a user; a malformed PostgreSQL URL is a {@link BadLocationException}. */
    static StoreLocation parse(String location, Map<String, String> environment) {
        if (location == null || location.isBlank()) throw new BadLocationException("the knowledge base location is empty");
        String url = location.strip();
        if (url.startsWith("jdbc:")) url = url.substring("jdbc:".length());
        if (url.startsWith("postgresql:") || url.startsWith("postgres:")) return Postgres.parse(url, environment);
        if (url.contains("://")) throw new BadLocationException("unsupported knowledge base URL " + redact(location)
                + " (expected a file path or postgresql://host[:port]/database)");
        return new Sqlite(Path.of(location));
    }

    static StoreLocation parse(String location) {
        return parse(location, System.getenv());
    }

    /** The location as it may be shown: without its password. */
    String display();

    record Sqlite(Path file) implements StoreLocation {
        public String jdbcUrl() { return "jdbc:sqlite:" + file.toAbsolutePath(); }
        @Override public String display() { return file.toString(); }
    }

    record Postgres(String host, int port, String database, Map<String, String> parameters, String user, String password)
            implements StoreLocation {

        static Postgres parse(String url, Map<String, String> environment) {
            URI uri;
            try {
                uri = new URI(url.replaceFirst("^postgres(ql)?:", "postgresql:"));
            } catch (URISyntaxException e) {
                throw new BadLocationException("malformed PostgreSQL URL " + redact(url) + ": " + e.getReason());
            }
            if (uri.getHost() == null || uri.getHost().isBlank())
                throw new BadLocationException("PostgreSQL URL " + redact(url) + " names no host (postgresql://host[:port]/database)");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
            if (path.isBlank() || path.contains("/"))
                throw new BadLocationException("PostgreSQL URL " + redact(url) + " names no database (postgresql://host[:port]/database)");
            Map<String, String> parameters = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    if (pair.isEmpty()) continue;
                    int eq = pair.indexOf('=');
                    parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            String user = parameters.remove("user");
            String password = parameters.remove("password");
            if (uri.getRawUserInfo() != null) {
                String[] info = uri.getRawUserInfo().split(":", 2);
                user = decode(info[0]);
                if (info.length > 1) password = decode(info[1]);
            }
            if (user == null) user = environment.get("PGUSER");
            if (password == null) password = environment.get("PGPASSWORD");
            return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path), parameters, user, password);
        }

        /** The driver's URL, without user and password (those go in {@link #properties}). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + query();
        }

        private String query() {
            StringBuilder query = new StringBuilder();
            for (var p : parameters.entrySet())
                query.append(query.isEmpty() ? '?' : '&').append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            return query.toString();
        }

        public Properties properties() {
            Properties p = new Properties();
            if (user != null) p.setProperty("user", user);
            if (password != null) p.setProperty("password", password);
            // a server that does not answer is an error within seconds, not a hang
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "blocwatch");
            return p;
        }

        /** Never the password, wherever a location is printed. */
        @Override public String toString() { return display(); }

        @Override public String display() {
            return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database + query();
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with any password replaced, for messages. */
    private static String redact(String url) {
        return url.replaceAll("(//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
