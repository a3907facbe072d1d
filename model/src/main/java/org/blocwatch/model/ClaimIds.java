package org.blocwatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived claim ids: the same statement from the same source always gets the same id. */
public final class ClaimIds {
    private ClaimIds() {}

    public static String of(ClaimBody body, Provenance provenance) {
        return "c" + sha256(ClaimJson.bodyKey(body) + "|" + provenance).substring(0, 20);
    }

    public static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
