package io.github.cbrsync.api.signing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A parsed "SDK-HMAC-SHA256 Access=.., SignedHeaders=a;b, Signature=.." header, for verification. */
public record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {

    public static Optional<AuthorizationHeader> parse(String value) {
        if (value == null || !value.startsWith(SdkHmacSha256.ALGORITHM + " ")) {
            return Optional.empty();
        }
        String access = null;
        String signed = null;
        String sig = null;
        for (String part : value.substring(SdkHmacSha256.ALGORITHM.length() + 1).split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = p.substring(0, eq).trim();
            String val = p.substring(eq + 1).trim();
            switch (key) {
                case "Access" -> access = val;
                case "SignedHeaders" -> signed = val;
                case "Signature" -> sig = val;
                default -> { }
            }
        }
        if (access == null || signed == null || sig == null || access.isEmpty() || signed.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(signed.split(";"))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new AuthorizationHeader(access, names, sig));
    }
}
