package io.github.cbrsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of what a broken, hostile or merely surprising server sends: JSON values of every type (huge
 * numbers, odd strings, deep nesting), valid answers damaged by replacing, removing and adding fields, cut
 * short, or replaced by HTML, text, random bytes or nothing.
 */
final class WireArbitraries {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WireArbitraries() {
    }

    /** Strings a server might put anywhere: odd, empty, long, HTML, control characters, non-BMP. */
    static Arbitrary<String> oddStrings() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "\u0000", "null", "NaN", "-1", "1e400", "İİİİİİİİİİ",
                        "<script>alert(1)</script>", "=cmd|'/C calc'!A0", "\r\n", "\uD83D\uDD11", "\uFEFF",
                        "2020-02-05T10:38:34.209782", "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00",
                        "success", "running", "hybrid", "public", "../..", ".", "..")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1000).ofMaxLength(20_000)));
    }

    /** Any JSON value, nested up to a few levels. */
    static Arbitrary<JsonNode> values() {
        return Arbitraries.recursive(WireArbitraries::scalars, WireArbitraries::containersOf, 0, 3);
    }

    static Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                oddStrings().map(NODES::textNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.of(new BigInteger("99999999999999999999999999999999"), BigInteger.TWO.pow(64).negate())
                        .map(b -> (JsonNode) NODES.numberNode(b)),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e400"), new BigDecimal("0.5"),
                        new BigDecimal("1e-400")).map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()));
    }

    private static Arbitrary<JsonNode> containersOf(Arbitrary<JsonNode> inner) {
        Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(3).map(items -> {
            ArrayNode a = NODES.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(
                Arbitraries.of("id", "name", "count", "x", "error_code", "error_msg", "message", "status", "request_id",
                        "extra_info", "").list().ofMaxSize(3),
                inner.list().ofSize(3)).as((keys, vals) -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        o.set(keys.get(i), vals.get(i));
                    }
                    return o;
                });
        return Arbitraries.oneOf(arrays, objects);
    }

    /** One change to a JSON tree; {@code at} picks the node among all nodes of the tree. */
    record Damage(Kind kind, int at, String key, JsonNode value) {
        enum Kind { REPLACE, REMOVE, ADD }
    }

    static Arbitrary<Damage> damages() {
        return Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.of("id", "extra", "count", "vaults", "billing", "status", "progress", "x-unknown"),
                values()).as(Damage::new);
    }

    /** The valid answer {@code valid}, damaged a few times and perhaps cut short, as bytes. */
    static Arbitrary<byte[]> damaged(String valid) {
        Arbitrary<byte[]> changed = Combinators.combine(damages().list().ofMaxSize(4),
                Arbitraries.integers().between(0, 120)).as((list, cutPercent) -> {
                    JsonNode tree = parse(valid);
                    for (Damage d : list) {
                        tree = apply(tree, d);
                    }
                    byte[] bytes = tree.toString().getBytes(StandardCharsets.UTF_8);
                    // Over 100 means: not cut.
                    return cutPercent >= 100 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length * cutPercent / 100);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, changed),
                net.jqwik.api.Tuple.of(1, notJson()),
                net.jqwik.api.Tuple.of(1, values().map(v -> v.toString().getBytes(StandardCharsets.UTF_8))));
    }

    /** Bodies that are not JSON at all. */
    static Arbitrary<byte[]> notJson() {
        return Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                Arbitraries.of("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
                        "<!DOCTYPE html><html><body><h1>Access denied</h1></body></html>", "Service Unavailable",
                        "\uFEFF{\"vaults\":[]}", "{\"vaults\":[]}garbage", "[[[[[[[[[[[[[[[[[[[[", "{", "}",
                        "null", "true", "\"just a string\"")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.strings().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1000, 5000).map(depth -> ("[".repeat(depth) + "]".repeat(depth))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies one damage; the whole tree may be replaced when the chosen node is the root. */
    static JsonNode apply(JsonNode root, Damage d) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return d.value().deepCopy();
        }
        JsonNode target = containers.get(d.at() % containers.size());
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() || d.kind() == Damage.Kind.ADD ? d.key() : names.get(d.at() % names.size());
            if (d.kind() == Damage.Kind.REMOVE) {
                o.remove(name);
            } else {
                o.set(name, d.value().deepCopy());
            }
        } else if (target instanceof ArrayNode a) {
            int i = a.isEmpty() ? 0 : d.at() % a.size();
            switch (d.kind()) {
                case REMOVE -> {
                    if (!a.isEmpty()) {
                        a.remove(i);
                    }
                }
                case ADD -> a.add(d.value().deepCopy());
                default -> {
                    if (a.isEmpty()) {
                        a.add(d.value().deepCopy());
                    } else {
                        a.set(i, d.value().deepCopy());
                    }
                }
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    /** A 10 MB answer: a valid list of many entries (the largest sane body is far smaller). */
    static byte[] tenMegabytes(String listField, Map<String, Object> entry) {
        StringBuilder sb = new StringBuilder(10_600_000).append("{\"").append(listField).append("\":[");
        String one;
        try {
            one = JSON.writeValueAsString(entry);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        int n = 0;
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append(n == 0 ? "" : ",").append(one.replace("\"ID\"", "\"id-" + n++ + "\""));
        }
        return sb.append("],\"count\":").append(n).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
