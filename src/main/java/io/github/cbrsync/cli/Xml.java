package io.github.cbrsync.cli;

/** Text inside an XML element or attribute. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
