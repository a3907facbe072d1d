package org.blocwatch.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a KB's schema already has every migration on the class path, read from Flyway's
 * history table with one query. Configuring Flyway costs more than the query it serves (most of
 * a {@code members} call), so it runs only when a migration is missing.
 */
final class SchemaVersion {
    static final String LOCATION = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("(?:^|/)V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql$");

    private SchemaVersion() {}

    /** The versions of the migrations packed with blocwatch (and any module that adds its own). */
    static Set<String> available(ClassLoader loader) {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                try (Stream<String> names = names(root)) {
                    names.forEach(n -> {
                        Matcher m = MIGRATION.matcher(n);
                        if (m.find()) versions.add(normalise(m.group(1)));
                    });
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new StoreException("cannot list the schema migrations: " + e.getMessage(), e);
        }
        return versions;
    }

    /** The versions the KB's history records as applied; empty for a new KB. */
    static Set<String> applied(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) return versions;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) versions.add(normalise(rs.getString(1)));
        }
        return versions;
    }

    private static Stream<String> names(URL root) throws IOException, URISyntaxException {
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            JarFile jar = connection.getJarFile();
            String prefix = LOCATION + "/";
            return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix)).onClose(() -> {
                try {
                    jar.close();
                } catch (IOException ignored) {
                    // a jar we only read from; nothing is lost if closing it fails
                }
            });
        }
        return Files.list(Path.of(root.toURI())).map(p -> p.getFileName().toString());
    }

    private static String normalise(String version) {
        return version.replace('_', '.');
    }
}
