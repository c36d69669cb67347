package io.github.cbrsync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The scheduler files of macOS and Windows: templates beside this class, filled with escaped values. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code <name>text</name>}, the text escaped. */
    static String element(String name, Object text) {
        return "<" + name + ">" + escape(String.valueOf(text)) + "</" + name + ">";
    }

    /**
     * A marker line inside an XML comment, where "--" may not appear: escaped, and the second dash of each pair
     * written as a character reference, so {@link #uncomment} gives the text back exactly.
     */
    static String comment(String text) {
        return escape(text).replace("--", "-&#45;");
    }

    /** The text {@link #comment} wrote. */
    static String uncomment(String written) {
        return written.replace("&#45;", "-").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The template {@code resource} with each {@code @KEY@} replaced by its value (already escaped). */
    static String fill(String resource, Map<String, String> values) {
        try (InputStream in = Xml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("@" + e.getKey() + "@", e.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
