package io.github.cbrsync.api.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Huawei Cloud API gateway request signing, algorithm SDK-HMAC-SHA256 (cbr-api.md section 4).
 * Pure functions: the date comes in from the caller so signing is testable against fixed vectors.
 */
public final class SdkHmacSha256 {
    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SdkHmacSha256() {
    }

    public static String formatDate(Instant instant) {
        return DATE_FORMAT.format(instant);
    }

    /**
     * The headers signed by default: every header except Content-Type and names containing '_';
     * host and x-sdk-date must be present. Lowercased and sorted.
     */
    public static List<String> defaultSignedHeaders(Map<String, String> headers) {
        return headers.keySet().stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> !n.equals("content-type") && !n.contains("_"))
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }

    public static String canonicalRequest(RequestParts request, List<String> signedHeaders) {
        StringBuilder sb = new StringBuilder();
        sb.append(request.method().toUpperCase(Locale.ROOT)).append('\n');
        sb.append(canonicalUri(request.pathSegments())).append('\n');
        sb.append(canonicalQuery(request.query())).append('\n');
        for (String name : signedHeaders) {
            String value = request.header(name);
            sb.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        sb.append('\n');
        sb.append(String.join(";", signedHeaders)).append('\n');
        sb.append(sha256Hex(request.body()));
        return sb.toString();
    }

    public static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String signature(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** Signs the request; it must already carry its Host and X-Sdk-Date headers. */
    public static SignatureResult sign(RequestParts request, List<String> signedHeaders,
                                       String accessKey, String secretKey) {
        String date = request.header(DATE_HEADER);
        if (date == null || request.header("host") == null) {
            throw new IllegalArgumentException("Host and X-Sdk-Date must be set before signing");
        }
        String canonical = canonicalRequest(request, signedHeaders);
        String sig = signature(secretKey, stringToSign(date, canonical));
        String authorization = ALGORITHM + " Access=" + accessKey + ", SignedHeaders="
                + String.join(";", signedHeaders) + ", Signature=" + sig;
        return new SignatureResult(sig, authorization);
    }

    /** Result of signing: the hex signature and the full Authorization header value. */
    public record SignatureResult(String signature, String authorization) {
    }

    static String canonicalUri(List<String> segments) {
        StringBuilder sb = new StringBuilder("/");
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            sb.append(percentEncode(segment)).append('/');
        }
        return sb.toString();
    }

    static String canonicalQuery(List<Map.Entry<String, String>> query) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
        // List.sort is stable: repeated keys keep their request order.
        sorted.sort(Comparator.comparing(e -> percentEncode(e.getKey())));
        return sorted.stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding: unreserved characters stay, every other UTF-8 byte becomes %XX. */
    public static String percentEncode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
