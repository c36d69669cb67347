package io.github.cbrsync.sim;

import com.sun.net.httpserver.Headers;
import io.github.cbrsync.api.signing.AuthorizationHeader;
import io.github.cbrsync.api.signing.RequestParts;
import io.github.cbrsync.api.signing.SdkHmacSha256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks requests the way the API gateway does: an SDK-HMAC-SHA256 signature over the headers the request
 * lists (which must include host and x-sdk-date), an X-Sdk-Date within 15 minutes, or an X-Auth-Token that
 * IAM issued. Five failed signatures in a row lock the access key for five minutes, as on the real gateway.
 */
final class SimAuthenticator {
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final int LOCK_AFTER = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(5);

    private final Map<String, String> secretsByAccessKey = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> consecutiveFailures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();
    private final Clock clock;

    SimAuthenticator(Clock clock) {
        this.clock = clock;
    }

    void addKey(String accessKey, String secretKey) {
        secretsByAccessKey.put(accessKey, secretKey);
    }

    void removeKey(String accessKey) {
        secretsByAccessKey.remove(accessKey);
    }

    void addToken(String token) {
        tokens.add(token);
    }

    void revokeTokens() {
        tokens.clear();
    }

    synchronized void unlockAll() {
        consecutiveFailures.clear();
        lockedUntil.clear();
    }

    /** Returns who is calling (the access key, or "token"), or throws the gateway's 401. */
    String authenticate(String method, String rawPath, String rawQuery, Headers headers, byte[] body)
            throws SimError {
        String token = headers.getFirst("X-Auth-Token");
        if (token != null) {
            if (!tokens.contains(token)) {
                throw SimError.auth("the token is invalid or expired");
            }
            return "token";
        }
        AuthorizationHeader auth = AuthorizationHeader.parse(headers.getFirst("Authorization"))
                .orElseThrow(() -> SimError.auth("no SDK-HMAC-SHA256 Authorization header"));
        checkLock(auth.accessKey());
        String secret = secretsByAccessKey.get(auth.accessKey());
        if (secret == null) {
            throw SimError.auth("the access key does not exist");
        }
        if (!auth.signedHeaders().contains("host") || !auth.signedHeaders().contains("x-sdk-date")) {
            throw SimError.auth("SignedHeaders must include host and x-sdk-date");
        }
        checkDate(headers.getFirst(SdkHmacSha256.DATE_HEADER));
        Map<String, String> signedValues = new HashMap<>();
        for (String name : auth.signedHeaders()) {
            String value = headers.getFirst(name);
            if (value == null) {
                throw SimError.auth("signed header " + name + " is missing");
            }
            signedValues.put(name, value);
        }
        RequestParts parts = new RequestParts(method, pathSegments(rawPath), query(rawQuery), signedValues, body);
        String expected = SdkHmacSha256.signature(secret, SdkHmacSha256.stringToSign(
                signedValues.get("x-sdk-date"), SdkHmacSha256.canonicalRequest(parts, auth.signedHeaders())));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature().getBytes(StandardCharsets.US_ASCII))) {
            recordFailure(auth.accessKey());
            throw SimError.auth("verify aksk signature fail");
        }
        recordSuccess(auth.accessKey());
        return auth.accessKey();
    }

    private void checkDate(String sdkDate) throws SimError {
        if (sdkDate == null) {
            throw SimError.auth("X-Sdk-Date is missing");
        }
        Instant date;
        try {
            date = LocalDateTime.parse(sdkDate, SdkHmacSha256.DATE_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw SimError.auth("X-Sdk-Date is not in yyyyMMdd'T'HHmmss'Z' format");
        }
        Duration skew = Duration.between(clock.instant(), date).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            throw SimError.auth("X-Sdk-Date " + sdkDate + " differs from the server time by more than 15 minutes"
                    + " (server time " + SdkHmacSha256.formatDate(clock.instant()) + ")");
        }
    }

    private synchronized void checkLock(String accessKey) throws SimError {
        Instant until = lockedUntil.get(accessKey);
        if (until != null && clock.instant().isBefore(until)) {
            throw SimError.auth("the access key is locked for 5 minutes after repeated signature failures");
        }
    }

    private synchronized void recordFailure(String accessKey) {
        int failures = consecutiveFailures.merge(accessKey, 1, Integer::sum);
        if (failures >= LOCK_AFTER) {
            lockedUntil.put(accessKey, clock.instant().plus(LOCK_FOR));
            consecutiveFailures.remove(accessKey);
        }
    }

    private synchronized void recordSuccess(String accessKey) {
        consecutiveFailures.remove(accessKey);
    }

    static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(percentDecode(s));
            }
        }
        return segments;
    }

    static List<Map.Entry<String, String>> query(String rawQuery) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.add(Map.entry(percentDecode(key), percentDecode(value)));
        }
        return query;
    }

    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 3;
                    continue;
                }
            }
            int cp = s.codePointAt(i);
            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            i += Character.charCount(cp);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
