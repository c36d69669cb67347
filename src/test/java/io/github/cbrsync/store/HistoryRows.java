package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.TaskError;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/** History rows with what vault names and server messages really hold: commas, quotes, line breaks, formulas. */
final class HistoryRows {
    private HistoryRows() {
    }

    /** Text a vault name, an error message or an ID may hold (valid Unicode: no lone surrogates). */
    static Arbitrary<String> cellTexts() {
        Arbitrary<String> risky = Arbitraries.of("=SUM(A1:A9)", "+1", "-2", "@cmd", "\t=x", "\r=x", " =1+1",
                "=cmd|' /C calc'!A0", "上海-分行, \"主\" 库", "a,b", "\"quoted\"", "line\nbreak", "cr\rlf\r\n", "",
                " ", "'already", "\uD83D\uDD11 key", "-", "=", "tab\there", "\u0000nul");
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', '\t', '中', 'é',
                '"', ',').ofMaxLength(30);
        Arbitrary<String> unicode = Arbitraries.strings().ofMaxLength(20).filter(s -> s.codePoints()
                .noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        return Arbitraries.oneOf(risky, random, unicode);
    }

    static Arbitrary<HistoryEntry> rows() {
        Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(12);
        Arbitrary<Instant> times = Arbitraries.longs().between(1_500_000_000L, 1_900_000_000L)
                .map(Instant::ofEpochSecond);
        return Builders.withBuilder(() -> new Row())
                .use(ids).in((r, v) -> { r.localId = v; return r; })
                .use(ids.optional()).in((r, v) -> { r.operationLogId = v; return r; })
                .use(cellTexts().filter(s -> !s.isEmpty())).in((r, v) -> { r.vaultId = v; return r; })
                .use(cellTexts()).in((r, v) -> { r.vaultName = v; return r; })
                .use(times).in((r, v) -> { r.requestedAt = v; return r; })
                .use(Arbitraries.of(HistoryStatus.class)).in((r, v) -> { r.status = v; return r; })
                .use(Arbitraries.integers().between(0, 100)).in((r, v) -> { r.progress = v; return r; })
                .use(Arbitraries.integers().between(0, 100_000)).in((r, v) -> { r.synced = v; return r; })
                .use(cellTexts()).in((r, v) -> { r.errorCode = v; return r; })
                .use(cellTexts().optional()).in((r, v) -> { r.errorMessage = v; return r; })
                .use(cellTexts().optional()).in((r, v) -> { r.requestId = v; return r; })
                .use(times.optional()).in((r, v) -> { r.endedAt = v; return r; })
                .use(Arbitraries.of(HistoryEntry.Origin.class)).in((r, v) -> { r.origin = v; return r; })
                .build(Row::entry);
    }

    /** Mutable while generated; becomes the immutable entry. */
    private static final class Row {
        String localId;
        Optional<String> operationLogId;
        String vaultId;
        String vaultName;
        Instant requestedAt;
        HistoryStatus status;
        int progress;
        int synced;
        String errorCode;
        Optional<String> errorMessage;
        Optional<String> requestId;
        Optional<Instant> endedAt;
        HistoryEntry.Origin origin;

        HistoryEntry entry() {
            return new HistoryEntry(localId, operationLogId, vaultId, vaultName, synced % 2 == 0, requestedAt, status,
                    progress, new SyncCounters(synced, synced / 3, synced % 7),
                    errorMessage.map(m -> new TaskError(errorCode, m)), requestId, endedAt, origin,
                    origin.isThisWorkstation() ? 1 : 0, Optional.empty());
        }
    }
}
