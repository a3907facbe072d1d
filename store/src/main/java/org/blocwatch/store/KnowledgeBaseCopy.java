package org.blocwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a whole knowledge base into an empty one, row for row and column for column: entities,
 * aliases, claims with their ids, recorded and retracted times and review states, the review
 * history, and the documents. Both stores are opened by the same blocwatch, so their schemas
 * are the same version; the copy reads the source's columns by name and writes the same
 * values, which makes it lossless between SQLite and PostgreSQL in either direction. The source
 * is read in one snapshot (a concurrent ingest is either wholly in the copy or not at all) and
 * the target is written in one transaction: a failed copy leaves it empty.
 */
public final class KnowledgeBaseCopy {

    /** The tables in an order that satisfies their foreign keys. */
    static final List<String> TABLES = List.of("entity", "alias", "claim", "claim_entity", "review_event", "document", "account", "api_token", "kb_meta");
    private static final int BATCH = 500;

    private KnowledgeBaseCopy() {}

    /** Rows copied per table, in {@link #TABLES} order. */
    public static Map<String, Long> copy(JdbcKnowledgeStore source, JdbcKnowledgeStore target) {
        Map<String, Long> counts = rowCounts(target);
        if (counts.values().stream().anyMatch(n -> n > 0))
            throw new IllegalArgumentException("the target knowledge base is not empty (" + describe(counts) + ")");
        Connection from = source.connection();
        Map<String, Long> copied = new LinkedHashMap<>();
        try {
            from.setAutoCommit(false);
            // a snapshot: every table as of one moment (SQLite's read transaction gives the same)
            if (source.isPostgres()) from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<String, Long> expected = rowCounts(source);
            target.inTransaction(() -> {
                try {
                    for (String table : TABLES) copied.put(table, copyTable(from, target.connection(), table));
                } catch (SQLException e) {
                    throw new StoreException("cannot copy the knowledge base: " + e.getMessage(), e);
                }
                if (!copied.equals(expected) || !rowCounts(target).equals(expected))
                    throw new StoreException("the copy is incomplete (source: " + describe(expected) + "; copied: "
                            + describe(copied) + "); nothing was kept");
            });
            from.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read the knowledge base to copy: " + e.getMessage(), e);
        } finally {
            try {
                from.rollback();
                from.setAutoCommit(true);
                if (source.isPostgres()) from.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException ignored) {
                // the copy's own outcome is what the caller needs to hear about
            }
        }
        return copied;
    }

    /** How many rows each table of the store holds. */
    public static Map<String, Long> rowCounts(JdbcKnowledgeStore store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = store.connection().createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the knowledge base: " + e.getMessage(), e);
        }
        return counts;
    }

    public static String describe(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((table, n) -> parts.add(n + " " + table));
        return String.join(", ", parts);
    }

    /**
     * A document may name another as the one it duplicates, so documents go in rounds: first
     * those that duplicate none, then those whose original is already copied.
     */
    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        if (!table.equals("document")) return copyRows(from, to, "SELECT * FROM " + table, null);
        Set<String> copiedIds = new HashSet<>();
        long n = copyRows(from, to, "SELECT * FROM document WHERE duplicate_of IS NULL", copiedIds);
        long round;
        do {
            round = copyRows(from, to, "SELECT * FROM document WHERE duplicate_of IS NOT NULL", copiedIds);
            n += round;
        } while (round > 0);
        return n;
    }

    /**
     * Copies the rows the query selects. For documents, {@code copiedIds} holds the ids already
     * copied: a row already there is skipped, and one whose original is not is left for a later round.
     */
    private static long copyRows(Connection from, Connection to, String query, Set<String> copiedIds) throws SQLException {
        try (Statement read = from.createStatement()) {
            read.setFetchSize(BATCH); // PostgreSQL streams the rows instead of loading them all
            try (ResultSet rs = read.executeQuery(query)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                String table = query.replaceFirst("(?s).* FROM (\\w+).*", "$1");
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                long n = 0;
                try (PreparedStatement write = to.prepareStatement(insert)) {
                    int pending = 0;
                    while (rs.next()) {
                        if (copiedIds != null) {
                            String id = rs.getString("id");
                            String original = rs.getString("duplicate_of");
                            if (copiedIds.contains(id) || (original != null && !copiedIds.contains(original))) continue;
                            copiedIds.add(id);
                        }
                        for (int i = 1; i <= columns.size(); i++) {
                            Object value = rs.getObject(i);
                            if (value == null) write.setNull(i, meta.getColumnType(i));
                            else write.setObject(i, value);
                        }
                        write.addBatch();
                        n++;
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) write.executeBatch();
                }
                return n;
            }
        }
    }
}
