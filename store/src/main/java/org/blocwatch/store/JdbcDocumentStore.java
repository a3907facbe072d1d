package org.blocwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.PartialDate;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;

import java.sql.Connection;
import java.util.Collection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Consumer;

/** The document store over one JDBC connection, in SQL that SQLite and PostgreSQL both accept. */
public final class JdbcDocumentStore implements DocumentStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUMMARY_COLUMNS =
            "id, source, title, author, publisher, published, language, chars, duplicate_of, ingested_at";
    private static final String ALL_COLUMNS = SUMMARY_COLUMNS
            + ", raw_sha256, text_sha256, extracted, normalised, offset_map, refs, minhash";

    private final Connection connection;
    /** The claims of the same database, so that a document and its claims share one transaction. */
    private final JdbcKnowledgeStore claims;

    public JdbcDocumentStore(Connection connection) {
        this.claims = new JdbcKnowledgeStore(connection);
        this.connection = connection;
    }

    /** Whether the KB was opened read-only. */
    public boolean readOnly() {
        return claims.readOnly();
    }

    /** Opens (and migrates) the SQLite database at {@code file}; closing the store closes it. */
    public static JdbcDocumentStore openSqlite(Path file) {
        return new JdbcDocumentStore(Database.openSqlite(file).connection());
    }

    @Override
    public void add(StoredDocument d, Collection<Claim> extracted, Collection<Entity> proposedEntities) {
        String sql = "INSERT INTO document (" + ALL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        claims.inTransaction(() -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setString(1, d.id());
                s.setString(2, d.source());
                s.setString(3, d.title());
                s.setString(4, d.author());
                s.setString(5, d.publisher());
                s.setString(6, d.published() == null ? null : d.published().toString());
                s.setString(7, d.language());
                s.setInt(8, d.chars());
                s.setString(9, d.duplicateOf());
                s.setLong(10, d.ingestedAt());
                s.setString(11, d.rawSha256());
                s.setString(12, d.textSha256());
                s.setString(13, d.text().original());
                s.setString(14, d.text().text());
                s.setString(15, OffsetMapCodec.encode(d.text().offsets()));
                s.setString(16, JSON.writeValueAsString(d.references()));
                s.setString(17, encodeSignature(d.minHash()));
                s.executeUpdate();
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("cannot store document " + d.id() + ": " + e.getMessage(), e);
            }
            claims.proposeEntities(proposedEntities);
            claims.record(extracted);
        });
    }

    @Override
    public Optional<StoredDocument> document(String id) {
        List<StoredDocument> found = new ArrayList<>();
        query("SELECT " + ALL_COLUMNS + " FROM document WHERE id = ?", id, rs -> found.add(full(rs)));
        return found.stream().findFirst();
    }

    @Override
    public boolean containsId(String id) {
        return firstId("SELECT id FROM document WHERE id = ?", id).isPresent();
    }

    @Override
    public Optional<String> idByRawHash(String rawSha256) {
        return firstId("SELECT id FROM document WHERE raw_sha256 = ?", rawSha256);
    }

    /** The first ingested of the documents with this text (ties by id, compared here as everywhere in the stores). */
    @Override
    public Optional<String> idByTextHash(String textSha256) {
        List<Map.Entry<Long, String>> found = new ArrayList<>();
        query("SELECT ingested_at, id FROM document WHERE text_sha256 = ?", textSha256,
                rs -> found.add(Map.entry(rs.getLong(1), rs.getString(2))));
        return found.stream().min(Map.Entry.<Long, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(Map.Entry::getValue);
    }

    @Override
    public List<DocumentSummary> documents() {
        List<DocumentSummary> out = new ArrayList<>();
        query("SELECT " + SUMMARY_COLUMNS + " FROM document", null, rs -> out.add(summary(rs)));
        out.sort(Comparator.comparing(DocumentSummary::id));
        return out;
    }

    @Override
    public Map<String, String> idsByRawHash() {
        Map<String, String> ids = new HashMap<>();
        query("SELECT raw_sha256, id FROM document", null, rs -> ids.put(rs.getString(1), rs.getString(2)));
        return ids;
    }

    @Override
    public void forEachSignature(SignatureVisitor visitor) {
        query("SELECT id, minhash FROM document", null,
                rs -> visitor.visit(rs.getString(1), decodeSignature(rs.getString(2))));
    }

    /** One document read at a time, in id order: the texts of a whole KB need not fit in memory. */
    @Override
    public void forEachDocument(Consumer<StoredDocument> visitor) {
        List<String> ids = new ArrayList<>();
        query("SELECT id FROM document", null, rs -> ids.add(rs.getString(1)));
        ids.sort(Comparator.naturalOrder());
        for (String id : ids) document(id).ifPresent(visitor);
    }

    @Override
    public int count() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM document")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count documents: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the document store: " + e.getMessage(), e);
        }
    }

    private Optional<String> firstId(String sql, String parameter) {
        List<String> ids = new ArrayList<>();
        query(sql, parameter, rs -> ids.add(rs.getString(1)));
        return ids.stream().findFirst();
    }

    private interface RowVisitor { void visit(ResultSet rs) throws SQLException; }

    private void query(String sql, String parameter, RowVisitor visitor) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (parameter != null) s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) visitor.visit(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getString("id"), rs.getString("source"), rs.getString("title"),
                rs.getString("author"), rs.getString("publisher"), date(rs.getString("published")),
                rs.getString("language"), rs.getInt("chars"), rs.getString("duplicate_of"), rs.getLong("ingested_at"));
    }

    private static StoredDocument full(ResultSet rs) throws SQLException {
        NormalisedText text = new NormalisedText(rs.getString("extracted"), rs.getString("normalised"),
                OffsetMapCodec.decode(rs.getString("offset_map")));
        List<String> refs;
        try {
            refs = JSON.readValue(rs.getString("refs"), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new StoreException("malformed reference list of document " + rs.getString("id"), e);
        }
        return new StoredDocument(rs.getString("id"), rs.getString("source"), rs.getString("title"),
                rs.getString("author"), rs.getString("publisher"), date(rs.getString("published")),
                rs.getString("language"), rs.getString("raw_sha256"), rs.getString("text_sha256"), text, refs,
                decodeSignature(rs.getString("minhash")), rs.getString("duplicate_of"), rs.getLong("ingested_at"));
    }

    private static PartialDate date(String iso) {
        return iso == null ? null : PartialDate.parse(iso);
    }

    static String encodeSignature(int[] signature) {
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int v : signature) bytes.putInt(v);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static int[] decodeSignature(String encoded) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] signature = new int[bytes.remaining() / Integer.BYTES];
        for (int i = 0; i < signature.length; i++) signature[i] = bytes.getInt();
        return signature;
    }
}
