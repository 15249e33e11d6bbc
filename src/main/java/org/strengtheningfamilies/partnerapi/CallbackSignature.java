package org.strengtheningfamilies.partnerapi;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a status callback: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes
 * with the account's shared secret, in the {@code X-SF-Signature-256} header. The body carries the
 * time of the change, so a replayed old callback is recognisable.
 */
final class CallbackSignature {

    static final String HEADER = "X-SF-Signature-256";

    private CallbackSignature() {
    }

    static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
