package io.github.cbrsync.api;

import java.util.regex.Pattern;

/**
 * Text shaped like a credential: a request signature, a token header, a password field. Removed from logs and
 * from what a server says back (a gateway or proxy that echoes the request would otherwise put the IAM
 * password or a token into an error message, a dialog and the clipboard).
 */
public final class SecretShapes {
    private static final Pattern[] SHAPES = {
        Pattern.compile("(Signature=)[0-9a-fA-F]{16,}"),
        Pattern.compile("(?i)(X-(?:Auth|Security|Subject)-Token[\"']?\\s*[:=]\\s*[\"']?)[^\\s,\"';]+"),
        // A JSON password value first, escaped quotes included; then password=value and password: value. (The
        // earlier single pattern stopped at the first quote and left a password that followed "password:".)
        Pattern.compile("(?i)(\"password\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")"),
        // The same inside a JSON string (a body quoted in a message): \"password\":\"...\"
        Pattern.compile("(?i)(\\\\\"password\\\\\"\\s*:\\s*\\\\\")(?:[^\\\\]|\\\\[^\"])*(?=\\\\\")"),
        Pattern.compile("(?i)(password\\s*[:=]\\s*)[^\\s,;&\"}<]+"),
    };

    private SecretShapes() {
    }

    /** The text with every credential-shaped value replaced by ***. */
    public static String redact(String text) {
        String out = text;
        for (Pattern p : SHAPES) {
            out = p.matcher(out).replaceAll("$1***");
        }
        return out;
    }
}
