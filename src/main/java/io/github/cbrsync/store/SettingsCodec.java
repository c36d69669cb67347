package io.github.cbrsync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.store.AppSettings.TableLayout;
import io.github.cbrsync.store.AppSettings.WindowBounds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings as readable JSON. Unknown fields are ignored and missing ones take their defaults. */
final class SettingsCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsCodec() {
    }

    static byte[] write(AppSettings s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        s.window().ifPresent(w -> root.putObject("window").put("x", w.x()).put("y", w.y()).put("width", w.width())
                .put("height", w.height()).put("maximized", w.maximized()));
        ObjectNode tables = root.putObject("tables");
        s.tables().forEach((id, layout) -> {
            ObjectNode t = tables.putObject(id);
            ArrayNode cols = t.putArray("columns");
            layout.columns().forEach(c -> cols.addObject().put("id", c.id()).put("width", c.width())
                    .put("visible", c.visible()));
            ArrayNode sort = t.putArray("sort");
            layout.sort().forEach(k -> sort.addObject().put("id", k.id()).put("ascending", k.ascending()));
        });
        ObjectNode auto = root.putObject("autoTrigger");
        s.autoTrigger().forEach(auto::put);
        s.lastProfile().ifPresent(p -> root.put("lastProfile", p));
        root.put("pollSeconds", s.pollSeconds());
        root.put("requestsPerSecond", s.requestsPerSecond());
        root.put("rateCeiling", s.rateCeiling());
        ObjectNode learned = root.putObject("learnedRates");
        s.learnedRates().forEach(learned::put);
        root.put("retentionRows", s.retentionRows());
        root.put("retentionDays", s.retentionDays());
        root.put("language", s.ui().language().name());
        root.put("theme", s.ui().theme().name());
        root.put("staleDays", s.ui().staleDays());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Throws IOException for anything that is not a settings object. */
    static AppSettings read(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object"); // (logged, not shown)
        }
        AppSettings d = AppSettings.DEFAULTS;
        Optional<WindowBounds> window = Optional.empty();
        JsonNode w = root.path("window");
        if (w.isObject()) {
            WindowBounds b = new WindowBounds(w.path("x").asDouble(), w.path("y").asDouble(),
                    w.path("width").asDouble(1280), w.path("height").asDouble(820), w.path("maximized").asBoolean());
            // "NaN" and "Infinity" read as numbers; a window placed there would never show.
            boolean finite = Double.isFinite(b.x()) && Double.isFinite(b.y()) && Double.isFinite(b.width())
                    && Double.isFinite(b.height());
            window = finite ? Optional.of(b) : Optional.empty();
        }
        Map<String, TableLayout> tables = new HashMap<>();
        root.path("tables").properties().forEach(e -> {
            List<TableLayout.Column> cols = new ArrayList<>();
            e.getValue().path("columns").forEach(c -> cols.add(new TableLayout.Column(c.path("id").asText(),
                    finite(c.path("width").asDouble(80), 80), c.path("visible").asBoolean(true))));
            List<TableLayout.SortKey> sort = new ArrayList<>();
            e.getValue().path("sort").forEach(k -> sort.add(new TableLayout.SortKey(k.path("id").asText(),
                    k.path("ascending").asBoolean(true))));
            tables.put(e.getKey(), new TableLayout(cols, sort));
        });
        Map<String, Boolean> auto = new HashMap<>();
        root.path("autoTrigger").properties().forEach(e -> auto.put(e.getKey(), e.getValue().asBoolean()));
        Optional<String> last = root.hasNonNull("lastProfile") ? Optional.of(root.get("lastProfile").asText())
                : Optional.empty();
        Map<String, Double> learned = new HashMap<>();
        root.path("learnedRates").properties().forEach(e -> {
            double r = finite(e.getValue().asDouble(0), 0);
            if (r > 0 && r < 100_000) {
                learned.put(e.getKey(), r);
            }
        });
        return new AppSettings(window, tables, auto, last,
                clamp(root.path("pollSeconds").asInt(d.pollSeconds()), 1, 300),
                Math.max(0.1, Math.min(1000, finite(root.path("requestsPerSecond").asDouble(d.requestsPerSecond()),
                        d.requestsPerSecond()))),
                Math.max(1, Math.min(1000, finite(root.path("rateCeiling").asDouble(d.rateCeiling()),
                        d.rateCeiling()))), learned,
                clamp(root.path("retentionRows").asInt(d.retentionRows()), 1, 10_000_000),
                clamp(root.path("retentionDays").asInt(d.retentionDays()), 1, 36_500), ui(root));
    }

    /** Language, theme and the "not synced" days; a file from before they existed has none of them. */
    private static UiChoices ui(JsonNode root) {
        UiChoices d = UiChoices.DEFAULTS;
        return new UiChoices(language(root),
                named(UiChoices.Theme.class, root.path("theme").asText(""), d.theme()),
                root.path("staleDays").asInt(d.staleDays()));
    }

    static UiChoices.Language language(JsonNode root) {
        return named(UiChoices.Language.class, root.path("language").asText(""), UiChoices.DEFAULTS.language());
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, E fallback) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return fallback;
    }

    private static double finite(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
