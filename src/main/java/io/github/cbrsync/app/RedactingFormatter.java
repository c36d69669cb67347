package io.github.cbrsync.app;

import io.github.cbrsync.api.SecretShapes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record (plus the stack trace), with secrets removed: the current connection's secret values
 * wherever they appear, and anything shaped like a signature, a token header or a password field.
 */
final class RedactingFormatter extends Formatter {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Supplier<Collection<String>> secrets;

    RedactingFormatter(Supplier<Collection<String>> secrets) {
        this.secrets = secrets;
    }

    @Override
    public String format(LogRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append(TIME.format(r.getInstant())).append(' ').append(r.getLevel().getName()).append(' ')
                .append(shortName(r.getLoggerName())).append(" [").append(Thread.currentThread().getName())
                .append("] ").append(formatMessage(r)).append(System.lineSeparator());
        if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            sb.append(trace);
        }
        return redact(sb.toString());
    }

    String redact(String text) {
        String out = text;
        for (String secret : secrets.get()) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "***");
            }
        }
        return SecretShapes.redact(out);
    }

    private static String shortName(String logger) {
        if (logger == null) {
            return "";
        }
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
