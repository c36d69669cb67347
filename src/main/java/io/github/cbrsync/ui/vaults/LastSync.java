package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Formats;
import io.github.cbrsync.ui.common.Styles;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A vault's last sync as its row shows it: "2 h ago · succeeded" in the outcome's colour, and whether the vault
 * counts as not synced lately (no successful or running sync within the days chosen in Preferences). Made again
 * when the vault's history changes and on the list's one-minute tick; equal values mean nothing to repaint.
 *
 * @param at     when the last sync was requested; empty if the history has none
 * @param status how the last sync stands
 * @param text   what the cell says
 * @param stale  no good sync within the threshold
 */
public record LastSync(Optional<Instant> at, Optional<HistoryStatus> status, String text, boolean stale) {
    static final LastSync UNKNOWN = new LastSync(Optional.empty(), Optional.empty(), "", true);
    /** By age: the most recent sync first, vaults never synced last. */
    public static final Comparator<LastSync> BY_AGE = Comparator.comparing(
            (LastSync s) -> s.at().orElse(Instant.MIN)).reversed();

    static LastSync of(Optional<SyncMarks.Latest> latest, Optional<Instant> lastGood, Instant now, int staleDays) {
        boolean stale = lastGood.map(good -> good.isBefore(now.minus(Duration.ofDays(staleDays)))).orElse(true);
        if (latest.isEmpty()) {
            return new LastSync(Optional.empty(), Optional.empty(), Messages.get("vaults.lastSync.never"), stale);
        }
        SyncMarks.Latest l = latest.get();
        String text = Messages.format("vaults.lastSync", Formats.age(Duration.between(l.requestedAt(), now)),
                Messages.get("lastSync.outcome." + l.status().name()));
        return new LastSync(Optional.of(l.requestedAt()), Optional.of(l.status()), text, stale);
    }

    /** The style class of the text: the outcome's colour, muted for a vault never synced. */
    public String styleClass() {
        return status.map(Styles::forStatus).orElse(Styles.MUTED);
    }

    /** The full time and outcome, for the tooltip. */
    public String tooltip() {
        return at.map(t -> Messages.format("vaults.lastSync.tooltip", Formats.dateTime(t),
                Messages.get("history.status." + status.orElseThrow().name()))).orElse(text);
    }
}
