package io.github.cbrsync.store;

import io.github.cbrsync.api.RatePlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the app remembers between runs except secrets and history. Immutable; changed with the
 * with-methods and saved by {@link SettingsStore}.
 */
public record AppSettings(Optional<WindowBounds> window, Map<String, TableLayout> tables,
                          Map<String, Boolean> autoTrigger, Optional<String> lastProfile, int pollSeconds,
                          double requestsPerSecond, double rateCeiling, Map<String, Double> learnedRates,
                          int retentionRows, int retentionDays, UiChoices ui) {

    public static final AppSettings DEFAULTS = new AppSettings(Optional.empty(), Map.of(), Map.of(),
            Optional.empty(), 2, RatePlan.DEFAULT_START, RatePlan.DEFAULT_CEILING, Map.of(), Retention.DEFAULT.maxRows(),
            (int) Retention.DEFAULT.maxAge().toDays(), UiChoices.DEFAULTS);

    public AppSettings {
        tables = Map.copyOf(tables);
        autoTrigger = Map.copyOf(autoTrigger);
        learnedRates = Map.copyOf(learnedRates);
    }

    /**
     * Where a connection's send rate starts: the rate it learned last time (climbing gently from there), or
     * the starting rate of Preferences; never above the ceiling.
     */
    public RatePlan ratePlan(String connectionId) {
        RatePlan base = new RatePlan(Math.min(requestsPerSecond, rateCeiling), rateCeiling, false);
        Double learned = learnedRates.get(connectionId);
        return learned == null ? base : base.withLearned(learned);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** Column order (by column id), widths, visibility and the sort order of one table. */
    public record TableLayout(List<Column> columns, List<SortKey> sort) {
        public TableLayout {
            columns = List.copyOf(columns);
            sort = List.copyOf(sort);
        }

        /** One column as the user left it. */
        public record Column(String id, double width, boolean visible) {
        }

        /** One sort key. */
        public record SortKey(String id, boolean ascending) {
        }
    }

    public Retention retention() {
        return new Retention(retentionRows, java.time.Duration.ofDays(retentionDays));
    }

    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(Optional.of(bounds), tables, autoTrigger, lastProfile, pollSeconds, requestsPerSecond,
                rateCeiling, learnedRates, retentionRows, retentionDays, ui);
    }

    public AppSettings withTable(String tableId, TableLayout layout) {
        Map<String, TableLayout> t = new java.util.HashMap<>(tables);
        t.put(tableId, layout);
        return new AppSettings(window, t, autoTrigger, lastProfile, pollSeconds, requestsPerSecond, rateCeiling,
                learnedRates, retentionRows, retentionDays, ui);
    }

    public AppSettings withAutoTrigger(String vaultId, boolean value) {
        Map<String, Boolean> a = new java.util.HashMap<>(autoTrigger);
        a.put(vaultId, value);
        return new AppSettings(window, tables, a, lastProfile, pollSeconds, requestsPerSecond, rateCeiling,
                learnedRates, retentionRows, retentionDays, ui);
    }

    public AppSettings withLastProfile(String profile) {
        return new AppSettings(window, tables, autoTrigger, Optional.of(profile), pollSeconds, requestsPerSecond,
                rateCeiling, learnedRates, retentionRows, retentionDays, ui);
    }

    public AppSettings withTuning(int poll, double rate, double ceiling, int rows, int days) {
        // A new starting point or ceiling makes what was learned under the old one void.
        Map<String, Double> learned = rate == requestsPerSecond && ceiling == rateCeiling ? learnedRates : Map.of();
        return new AppSettings(window, tables, autoTrigger, lastProfile, poll, rate, ceiling, learned, rows, days, ui);
    }

    /** Remembers the send rate a connection reached, for its next start. */
    public AppSettings withLearnedRate(String connectionId, double rate) {
        Map<String, Double> l = new java.util.HashMap<>(learnedRates);
        l.put(connectionId, Math.round(rate * 10) / 10.0);
        return new AppSettings(window, tables, autoTrigger, lastProfile, pollSeconds, requestsPerSecond, rateCeiling, l,
                retentionRows, retentionDays, ui);
    }

    /** Language, theme and the "not synced" threshold chosen in Preferences. */
    public AppSettings withUi(UiChoices choices) {
        return new AppSettings(window, tables, autoTrigger, lastProfile, pollSeconds, requestsPerSecond, rateCeiling,
                learnedRates, retentionRows, retentionDays, choices);
    }
}
