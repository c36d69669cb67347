package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import io.github.cbrsync.testing.QuietLogs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A journal damaged at random offsets (bytes flipped, overwritten, inserted, deleted, line breaks added, the
 * file cut short): it always loads, every row whose lines the damage did not touch comes back exactly as last
 * written, the repaired file loads again to the same rows without warnings, a damaged original is kept aside
 * byte for byte, and new rows can be appended.
 */
@Tag("properties")
class JournalDamageProperties {
    private static final AtomicInteger TRY = new AtomicInteger();
    private static Path dir;
    private static QuietLogs quiet;

    @BeforeContainer
    static void createFolder() throws IOException {
        // Every damaged file is logged as a warning; thousands of them would drown the build output.
        quiet = new QuietLogs(java.util.logging.Level.SEVERE);
        dir = Files.createTempDirectory("journal-damage");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        quiet.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One damage at {@code at} (in ten-thousandths of the file length) of {@code length} bytes. */
    record Damage(Kind kind, int at, int length, byte[] bytes) {
        enum Kind { FLIP, OVERWRITE, INSERT, DELETE, NEWLINE, CARRIAGE_RETURN, TRUNCATE }

        @Override
        public String toString() {
            return kind + "@" + at + "/10000 len " + length + " " + Arrays.toString(bytes);
        }
    }

    /** The journal's lines, each with the row it is about, in writing order. */
    record Written(List<HistoryEntry> lines) {
    }

    @Property
    void aDamagedJournalLoadsKeepsUntouchedRowsAndStaysUsable(@ForAll("journals") Written written,
                                                             @ForAll("damages") List<Damage> damages)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("try-" + TRY.incrementAndGet()));
        Path file = folder.resolve("history.jsonl");
        List<long[]> ranges = new ArrayList<>();
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        for (HistoryEntry e : written.lines()) {
            byte[] line = (HistoryCodec.toLine(e) + "\n").getBytes(StandardCharsets.UTF_8);
            ranges.add(new long[] {original.size(), original.size() + line.length - 1});
            original.write(line);
        }
        Set<Integer> touched = new HashSet<>();
        byte[] damaged = damage(original.toByteArray(), damages, ranges, touched);
        Files.write(file, damaged);

        HistoryJournal.Loaded first;
        try (HistoryJournal journal = new HistoryJournal(file)) {
            first = journal.load();
        }

        Map<String, HistoryEntry> loaded = byId(first.entries());
        Map<String, List<Integer>> linesOfRow = new LinkedHashMap<>();
        for (int i = 0; i < written.lines().size(); i++) {
            linesOfRow.computeIfAbsent(written.lines().get(i).localId(), k -> new ArrayList<>()).add(i);
        }
        linesOfRow.forEach((id, lines) -> {
            if (lines.stream().noneMatch(touched::contains)) {
                assertThat(loaded).as("row %s, untouched by the damage", id).containsKey(id);
                assertThat(loaded.get(id)).isEqualTo(written.lines().get(lines.get(lines.size() - 1)));
            }
        });
        assertThat(first.warnings()).allSatisfy(w -> assertThat(w).isNotBlank().endsWith("."));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path aside : files.filter(p -> p.getFileName().toString().contains(".corrupt-")).toList()) {
                assertThat(Files.readAllBytes(aside)).as("the damaged original, kept aside").isEqualTo(damaged);
            }
        }

        try (HistoryJournal again = new HistoryJournal(file)) {
            HistoryJournal.Loaded second = again.load();
            assertThat(second.entries()).as("what was shown is what is on disk").isEqualTo(first.entries());
            assertThat(second.warnings()).isEmpty();
            HistoryEntry next = HistoryEntry.requested("after-damage", "v-1", "vault", false,
                    written.lines().get(0).requestedAt());
            again.append(next);
        }
        try (HistoryJournal third = new HistoryJournal(file)) {
            List<HistoryEntry> after = third.load().entries();
            assertThat(after).containsAll(first.entries()).contains(HistoryEntry.requested("after-damage", "v-1",
                    "vault", false, written.lines().get(0).requestedAt()));
        }
    }

    /** Applies the damages from the end of the file backwards, noting every line whose bytes they reach. */
    private static byte[] damage(byte[] bytes, List<Damage> damages, List<long[]> ranges, Set<Integer> touched) {
        byte[] out = bytes;
        List<Damage> fromTheEnd = new ArrayList<>(damages);
        fromTheEnd.sort(Comparator.comparingInt(Damage::at).reversed());
        for (Damage d : fromTheEnd) {
            int at = (int) ((long) bytes.length * d.at() / 10_000);
            int end = d.kind() == Damage.Kind.TRUNCATE ? bytes.length : Math.min(bytes.length, at + d.length());
            for (int i = 0; i < ranges.size(); i++) {
                // Conservative: a change next to a line's first byte or its newline counts as touching it.
                if (ranges.get(i)[1] >= at - 1 && ranges.get(i)[0] <= end) {
                    touched.add(i);
                }
            }
            out = apply(out, d, Math.min(at, out.length));
        }
        return out;
    }

    private static byte[] apply(byte[] in, Damage d, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int len = Math.min(d.length(), in.length - at);
        switch (d.kind()) {
            case FLIP -> {
                byte[] copy = in.clone();
                if (at < copy.length) {
                    copy[at] ^= (byte) (d.bytes().length == 0 || d.bytes()[0] == 0 ? 0x55 : d.bytes()[0]);
                }
                return copy;
            }
            case OVERWRITE -> {
                byte[] copy = in.clone();
                for (int i = 0; i < len && i < d.bytes().length; i++) {
                    copy[at + i] = d.bytes()[i];
                }
                return copy;
            }
            case INSERT, NEWLINE, CARRIAGE_RETURN -> {
                byte[] insert = d.kind() == Damage.Kind.INSERT ? d.bytes()
                        : d.kind() == Damage.Kind.NEWLINE ? new byte[] {'\n'} : new byte[] {'\r'};
                out.write(in, 0, at);
                out.write(insert, 0, insert.length);
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            case DELETE -> {
                out.write(in, 0, at);
                out.write(in, at + len, in.length - at - len);
                return out.toByteArray();
            }
            default -> {
                return Arrays.copyOf(in, at);
            }
        }
    }

    private static Map<String, HistoryEntry> byId(List<HistoryEntry> entries) {
        Map<String, HistoryEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.localId(), e));
        return m;
    }

    @Provide
    Arbitrary<Written> journals() {
        Arbitrary<List<HistoryEntry>> rows = HistoryRows.rows().list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<Integer>> changes = Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
        return Combinators.combine(rows, changes).as((list, picks) -> {
            List<HistoryEntry> lines = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                HistoryEntry e = list.get(i);
                lines.add(new HistoryEntry("row-" + i, e.operationLogId(), e.vaultId(), e.vaultName(), e.autoTrigger(),
                        e.requestedAt(), e.status(), e.progress(), e.counters(), e.error(), e.requestId(), e.endedAt(),
                        e.origin(), e.sends(), e.jobId()));
            }
            for (int pick : picks) {
                HistoryEntry before = lines.get(pick % list.size());
                lines.add(new HistoryEntry(before.localId(), before.operationLogId(), before.vaultId(),
                        before.vaultName(), before.autoTrigger(), before.requestedAt(),
                        HistoryStatus.values()[pick % HistoryStatus.values().length], pick % 101, before.counters(),
                        before.error(), before.requestId(), before.endedAt(), before.origin(), before.sends(),
                        before.jobId()));
            }
            return new Written(lines);
        });
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(1, 40), Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(3);
    }
}
