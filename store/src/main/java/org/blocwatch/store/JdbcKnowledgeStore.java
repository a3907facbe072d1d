package org.blocwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Alias;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimBody;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Entity;
import org.blocwatch.model.Event;
import org.blocwatch.model.Investment;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Method;
import org.blocwatch.model.Names;
import org.blocwatch.model.Office;
import org.blocwatch.model.Poll;
import org.blocwatch.model.ReviewState;
import org.blocwatch.model.Trade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge store over one JDBC connection, in SQL that SQLite and PostgreSQL both accept.
 * Lists come back in an order computed here, not by ORDER BY: PostgreSQL sorts text by the
 * database's collation (often not code-point order), SQLite by its bytes, and the same KB must
 * list (and export) the same way on both. On PostgreSQL each store is one session in READ
 * COMMITTED; writers that add the same entity wait for each other on its key and then skip it.
 */
public final class JdbcKnowledgeStore implements KnowledgeStore {

    private static final String CLAIM_COLUMNS =
            "c.id, c.body, c.provenance, c.method, c.rule, c.confidence, c.review, c.recorded_at, c.retracted_at";

    /** Claims in the order they were learnt, ties by id. */
    static final Comparator<Claim> RECORDED_ORDER = Comparator.comparing(Claim::recordedAt).thenComparing(Claim::id);

    private final Connection connection;
    private final boolean postgres;
    private int transactionDepth;

    public JdbcKnowledgeStore(Connection connection) {
        this.connection = connection;
        try {
            this.postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new StoreException("cannot read what database this is: " + e.getMessage(), e);
        }
    }

    /** Whether this is a PostgreSQL server (else the embedded SQLite file). */
    public boolean isPostgres() { return postgres; }

    public Connection connection() { return connection; }

    /** Whether the KB was opened read-only (its file, folder or medium cannot be written). */
    public boolean readOnly() {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            throw new StoreException("cannot ask the connection whether it is read-only: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ entities

    @Override
    public void putEntities(Collection<Entity> entities) {
        writeEntities(entities, "INSERT INTO entity (id, kind, label, data) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, label = excluded.label, data = excluded.data");
    }

    /**
     * Inserts only where the id is new, in one statement, so that two documents introducing the
     * same person at once both succeed (the second finds the first's row once it commits).
     */
    @Override
    public int proposeEntities(Collection<Entity> entities) {
        Map<String, Entity> marked = new LinkedHashMap<>();
        for (Entity e : entities) {
            Map<String, String> codes = new LinkedHashMap<>(e.codes());
            codes.put("review", "proposed");
            marked.putIfAbsent(e.id(), new Entity(e.id(), e.kind(), e.label(), e.aliases(), codes));
        }
        return writeEntities(marked.values(), "INSERT INTO entity (id, kind, label, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
    }

    /**
     * Writes each entity with {@code upsert} and, where a row was written, replaces its aliases.
     * Entities go in id order: two transactions then take the keys' locks in the same order and
     * cannot deadlock on PostgreSQL. Of two with one id the last is written. Returns how many rows were written.
     */
    private int writeEntities(Collection<Entity> entities, String upsert) {
        Map<String, Entity> byId = new java.util.TreeMap<>();
        for (Entity e : entities) byId.put(e.id(), e);
        int[] written = {0};
        inTransaction(() -> {
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM alias WHERE entity_id = ?");
                 PreparedStatement put = connection.prepareStatement(upsert);
                 PreparedStatement alias = connection.prepareStatement(
                         "INSERT INTO alias (norm, entity_id, text, lang, kind) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Entity e : byId.values()) {
                    put.setString(1, e.id());
                    put.setString(2, e.kind().name());
                    put.setString(3, e.label());
                    put.setString(4, EntityJson.write(e));
                    if (put.executeUpdate() == 0) continue;
                    written[0]++;
                    del.setString(1, e.id());
                    del.executeUpdate();
                    for (Alias a : e.aliases()) {
                        alias.setString(1, Names.normalise(a.text()));
                        alias.setString(2, e.id());
                        alias.setString(3, a.text());
                        alias.setString(4, a.lang());
                        alias.setString(5, a.kind().name());
                        alias.addBatch();
                    }
                    alias.executeBatch();
                }
            } catch (SQLException ex) {
                throw new StoreException("cannot store entities: " + ex.getMessage(), ex);
            }
        });
        return written[0];
    }

    @Override
    public Optional<Entity> entity(String id) {
        List<Entity> found = queryEntities("SELECT id, kind, label, data FROM entity WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Entity> entities() {
        return queryEntities("SELECT id, kind, label, data FROM entity");
    }

    @Override
    public List<Entity> entitiesByAlias(String norm) {
        return queryEntities("SELECT DISTINCT e.id, e.kind, e.label, e.data FROM entity e JOIN alias a ON a.entity_id = e.id"
                + " WHERE a.norm = ?", norm);
    }

    @Override
    public List<AliasRow> aliases() {
        List<AliasRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT norm, text, entity_id, kind FROM alias")) {
            while (rs.next()) rows.add(new AliasRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        } catch (SQLException e) {
            throw new StoreException("cannot read aliases: " + e.getMessage(), e);
        }
        return rows;
    }

    private List<Entity> queryEntities(String sql, String... args) {
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(EntityJson.read(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entities: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Entity::id));
        return out;
    }

    // ------------------------------------------------------------------ claims

    @Override
    public int record(Collection<Claim> claims) {
        int[] inserted = {0};
        inTransaction(() -> {
            try (PreparedStatement ins = connection.prepareStatement(
                    "INSERT INTO claim (id, type, subject, object, status, body, source_kind, source_ref, provenance,"
                            + " method, rule, confidence, review, recorded_at, retracted_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
                 PreparedStatement about = connection.prepareStatement(
                         "INSERT INTO claim_entity (claim_id, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement review = connection.prepareStatement(
                         "INSERT INTO review_event (claim_id, state, at, note, seq) VALUES (?, ?, ?, 'recorded', 1)")) {
                Set<String> seen = new HashSet<>();
                for (Claim c : claims) {
                    if (!seen.add(c.id())) continue;
                    Key k = Key.of(c.body());
                    ins.setString(1, c.id());
                    ins.setString(2, c.type().wire());
                    ins.setString(3, k.subject);
                    ins.setString(4, k.object);
                    ins.setString(5, k.status);
                    ins.setString(6, ClaimJson.bodyKey(c.body()));
                    ins.setString(7, ProvenanceJson.kind(c.provenance()));
                    ins.setString(8, ProvenanceJson.ref(c.provenance()));
                    ins.setString(9, ProvenanceJson.write(c.provenance()));
                    ins.setString(10, c.method().kind().wire());
                    ins.setString(11, c.method().rule());
                    ins.setDouble(12, c.confidence());
                    ins.setString(13, c.review().wire());
                    ins.setLong(14, c.recordedAt().toEpochMilli());
                    if (c.retractedAt() == null) ins.setNull(15, Types.BIGINT);
                    else ins.setLong(15, c.retractedAt().toEpochMilli());
                    if (ins.executeUpdate() == 0) continue;
                    inserted[0]++;
                    for (String id : new LinkedHashSet<>(c.body().entityIds())) {
                        if (id == null) continue;
                        about.setString(1, c.id());
                        about.setString(2, id);
                        about.addBatch();
                    }
                    review.setString(1, c.id());
                    review.setString(2, c.review().wire());
                    review.setLong(3, c.recordedAt().toEpochMilli());
                    review.addBatch();
                }
                about.executeBatch();
                review.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("cannot record claims: " + e.getMessage(), e);
            }
        });
        return inserted[0];
    }

    @Override
    public Optional<Claim> claim(String id) {
        return queryClaims("SELECT " + CLAIM_COLUMNS + " FROM claim c WHERE c.id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public List<Claim> claims(ClaimFilter f) {
        List<String> args = new ArrayList<>();
        return queryClaims(claimQuery(f, args), args);
    }

    /**
     * The database's plan for the query {@link #claims} runs for this filter, one step a line, to
     * check that the hot queries use their indexes (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN).
     */
    public List<String> explain(ClaimFilter f) {
        List<String> args = new ArrayList<>();
        String sql = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + claimQuery(f, args);
        List<String> plan = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) s.setString(i + 1, args.get(i));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) plan.add(postgres ? rs.getString(1) : rs.getString("detail"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot explain the claim query: " + e.getMessage(), e);
        }
        return plan;
    }

    private static String claimQuery(ClaimFilter f, List<String> args) {
        StringBuilder sql = new StringBuilder("SELECT " + CLAIM_COLUMNS + " FROM claim c");
        if (f.about() != null) {
            sql.append(" JOIN claim_entity ce ON ce.claim_id = c.id AND ce.entity_id = ?");
            args.add(f.about());
        }
        sql.append(" WHERE 1 = 1");
        condition(sql, args, "c.type", f.type() == null ? null : f.type().wire());
        condition(sql, args, "c.subject", f.subject());
        condition(sql, args, "c.object", f.object());
        condition(sql, args, "c.source_kind", f.sourceKind());
        condition(sql, args, "c.source_ref", f.sourceRef());
        return sql.toString();
    }

    private static void condition(StringBuilder sql, List<String> args, String column, String value) {
        if (value == null) return;
        sql.append(" AND ").append(column).append(" = ?");
        args.add(value);
    }

    private List<Claim> queryClaims(String sql, List<String> args) {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) s.setString(i + 1, args.get(i));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(readClaim(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read claims: " + e.getMessage(), e);
        }
        out.sort(RECORDED_ORDER);
        return out;
    }

    private static Claim readClaim(ResultSet rs) throws SQLException {
        JsonNode body;
        try {
            body = ClaimJson.MAPPER.readTree(rs.getString(2));
        } catch (Exception e) {
            throw new StoreException("unreadable claim body of " + rs.getString(1), e);
        }
        long retracted = rs.getLong(9);
        boolean wasRetracted = !rs.wasNull();
        return new Claim(rs.getString(1), ClaimJson.readBody(body), ProvenanceJson.read(rs.getString(3)),
                new Method(Method.Kind.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), rs.getString(5)),
                rs.getDouble(6), ReviewState.fromWire(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)),
                wasRetracted ? Instant.ofEpochMilli(retracted) : null);
    }

    @Override
    public void retract(String claimId, Instant at) {
        update("UPDATE claim SET retracted_at = ? WHERE id = ? AND retracted_at IS NULL", at.toEpochMilli(), claimId);
    }

    /**
     * The decision's number follows the claim's last one. Updating the claim first locks its row
     * on PostgreSQL, so two reviewers of one claim are numbered one after the other.
     */
    @Override
    public void review(String claimId, ReviewState state, Instant at, String note, String reviewer) {
        inTransaction(() -> {
            if (update("UPDATE claim SET review = ? WHERE id = ?", state.wire(), claimId) == 0)
                throw new StoreException("no claim with id " + claimId);
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO review_event (claim_id, state, at, note, reviewer, seq)"
                            + " SELECT ?, ?, ?, ?, ?, COALESCE(MAX(seq), 0) + 1 FROM review_event WHERE claim_id = ?")) {
                s.setString(1, claimId);
                s.setString(2, state.wire());
                s.setLong(3, at.toEpochMilli());
                s.setString(4, note);
                s.setString(5, reviewer);
                s.setString(6, claimId);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot record review of " + claimId + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<ReviewRecord> reviewHistory(String claimId) {
        List<ReviewRecord> history = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT state, at, reviewer, note FROM review_event WHERE claim_id = ? ORDER BY at, seq")) {
            s.setString(1, claimId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next())
                    history.add(new ReviewRecord(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read review history of " + claimId + ": " + e.getMessage(), e);
        }
        return history;
    }

    @Override
    public ReviewState reviewAt(String claimId, Instant at) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT state FROM review_event WHERE claim_id = ? AND at <= ? ORDER BY at DESC, seq DESC LIMIT 1")) {
            s.setString(1, claimId);
            s.setLong(2, at.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? ReviewState.fromWire(rs.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read review history of " + claimId + ": " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update the store: " + e.getMessage(), e);
        }
    }

    @Override
    public StoreStats stats() {
        try (Statement s = connection.createStatement()) {
            Map<String, Long> byType = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT type, COUNT(*) FROM claim WHERE retracted_at IS NULL GROUP BY type ORDER BY type")) {
                while (rs.next()) byType.put(rs.getString(1), rs.getLong(2));
            }
            return new StoreStats(count(s, "SELECT COUNT(*) FROM entity"), count(s, "SELECT COUNT(*) FROM alias"),
                    count(s, "SELECT COUNT(*) FROM claim WHERE retracted_at IS NULL"),
                    count(s, "SELECT COUNT(*) FROM claim WHERE retracted_at IS NOT NULL"), byType);
        } catch (SQLException e) {
            throw new StoreException("cannot count the store: " + e.getMessage(), e);
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public Optional<String> meta(String name) {
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM kb_meta WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read kb_meta: " + e.getMessage(), e);
        }
    }

    @Override
    public void putMeta(String name, String value) {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM kb_meta WHERE name = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO kb_meta (name, value) VALUES (?, ?)")) {
            inTransaction(() -> {
                try {
                    del.setString(1, name);
                    del.executeUpdate();
                    ins.setString(1, name);
                    ins.setString(2, value);
                    ins.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException("cannot write kb_meta: " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write kb_meta: " + e.getMessage(), e);
        }
    }

    @Override
    public void inTransaction(Runnable work) {
        try {
            boolean outer = transactionDepth++ == 0;
            if (outer) connection.setAutoCommit(false);
            try {
                work.run();
                if (outer) connection.commit();
            } catch (RuntimeException e) {
                if (outer) connection.rollback();
                throw e;
            } finally {
                if (--transactionDepth == 0) connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }

    /** The indexed key columns of a claim. */
    private record Key(String subject, String object, String status) {
        static Key of(ClaimBody b) {
            if (b instanceof Membership m) return new Key(m.subject(), m.object(), m.status().wire());
            if (b instanceof Office o) return new Key(o.person(), o.of(), o.role().wire());
            if (b instanceof Event e) return new Key(null, e.org(), e.kind().wire());
            if (b instanceof Trade t) return new Key(t.between().isEmpty() ? null : t.between().get(0),
                    t.between().size() > 1 ? t.between().get(1) : null, t.measure());
            if (b instanceof Investment i) return new Key(i.from(), i.to(), null);
            Poll p = (Poll) b;
            return new Key(p.population(), null, null);
        }
    }
}
