package org.blocwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The server's accounts and API tokens over a knowledge base's JDBC connection (portable SQL). */
public final class JdbcAccountStore {
    private final Connection connection;

    public JdbcAccountStore(Connection connection) {
        this.connection = connection;
    }

    /** Adds the account, or replaces the role and password of an existing one. */
    public void put(Account account, Instant at) {
        try (PreparedStatement upd = connection.prepareStatement("UPDATE account SET role = ?, password_hash = ? WHERE name = ?");
             PreparedStatement ins = connection.prepareStatement(
                     "INSERT INTO account (role, password_hash, name, created_at) VALUES (?, ?, ?, ?)")) {
            for (PreparedStatement s : new PreparedStatement[]{upd, ins}) {
                s.setString(1, account.role());
                s.setString(2, account.passwordHash());
                s.setString(3, account.name());
            }
            if (upd.executeUpdate() == 0) {
                ins.setLong(4, at.toEpochMilli());
                ins.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store account " + account.name() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Account> account(String name) {
        return one("SELECT name, role, password_hash FROM account WHERE name = ?", name);
    }

    /** Records a token by its hash for the account. */
    public void addToken(String tokenSha256, String accountName, Instant at) {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO api_token (token_sha256, account_name, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, tokenSha256);
            s.setString(2, accountName);
            s.setLong(3, at.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store a token for " + accountName + ": " + e.getMessage(), e);
        }
    }

    /** The account a token (given by its hash) belongs to. */
    public Optional<Account> accountByToken(String tokenSha256) {
        return one("SELECT a.name, a.role, a.password_hash FROM account a JOIN api_token t ON t.account_name = a.name"
                + " WHERE t.token_sha256 = ?", tokenSha256);
    }

    private Optional<Account> one(String sql, String arg) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Account(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read accounts: " + e.getMessage(), e);
        }
    }
}
