package org.blocwatch.server;

import org.blocwatch.store.Account;
import org.blocwatch.store.JdbcAccountStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Accounts: passwords hashed with bcrypt (Bouncy Castle), API tokens of 32 random bytes stored
 * only as their SHA-256 (a token is as strong as a key, so a fast hash suffices and look-up by
 * hash stays one index probe).
 */
public final class Accounts {
    private static final int BCRYPT_COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Accounts() {}

    /** Adds or updates an account; the password must have at least 8 characters. */
    public static void put(JdbcKnowledgeStore store, String name, Role role, char[] password) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}"))
            throw new IllegalArgumentException("an account name is 1 to 100 letters, digits, '.', '_' or '-'");
        if (password.length < 8) throw new IllegalArgumentException("the password needs at least 8 characters");
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String hash = OpenBSDBCrypt.generate(password, salt, BCRYPT_COST);
        new JdbcAccountStore(store.connection()).put(new Account(name, role.wire(), hash), Instant.now());
    }

    /** Creates a new API token for the account and returns it; only its hash is stored. */
    public static String newToken(JdbcKnowledgeStore store, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "bw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        new JdbcAccountStore(store.connection()).addToken(sha256(token), name, Instant.now());
        return token;
    }

    public static Optional<Principal> signIn(JdbcKnowledgeStore store, String name, String password) {
        if (name == null || password == null) return Optional.empty();
        Optional<Account> account = new JdbcAccountStore(store.connection()).account(name);
        if (account.isEmpty() || !OpenBSDBCrypt.checkPassword(account.get().passwordHash(), password.toCharArray()))
            return Optional.empty();
        return Optional.of(new Principal(account.get().name(), Role.fromWire(account.get().role()), false));
    }

    public static Optional<Principal> byToken(JdbcKnowledgeStore store, String token) {
        return new JdbcAccountStore(store.connection()).accountByToken(sha256(token))
                .map(a -> new Principal(a.name(), Role.fromWire(a.role()), true));
    }

    static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
