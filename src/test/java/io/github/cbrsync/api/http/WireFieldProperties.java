package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.domain.VaultUsage;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Single wire fields the window shows: times, statuses, capacities, whatever the server puts in them. */
@Tag("properties")
class WireFieldProperties {

    @Property
    void anyTimeTextIsEmptyOrATimeEveryZoneCanShow(@ForAll("timeTexts") String text) {
        Timestamps.parse(text).ifPresent(t -> {
            assertThat(t).isBetween(Timestamps.EARLIEST, Timestamps.LATEST);
            for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12", "Asia/Shanghai"}) {
                assertThat(t.atZone(ZoneId.of(zone)).getYear()).isBetween(0, 10_000);
            }
        });
    }

    @Property
    void anyStatusTextIsAStatus(@ForAll("statusTexts") String text) {
        TaskStatus status = TaskStatus.fromWire(text);
        assertThat(status).isNotNull();
        if (status != TaskStatus.UNKNOWN) {
            assertThat(text.strip()).isEqualToIgnoringCase(status.wireName());
        }
    }

    @Property
    void anyCapacityAndUsageGiveAShareBetweenNoneAndAll(@ForAll long sizeGb, @ForAll long usedMb) {
        assertThat(VaultUsage.fromWire(sizeGb, usedMb).usedFraction()).isBetween(0.0, 1.0);
    }

    @Provide
    Arbitrary<String> timeTexts() {
        Arbitrary<String> isoLike = Arbitraries.strings().withChars("0123456789-+:TZ. ").ofMaxLength(35);
        Arbitrary<String> built = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(-999_999_999, 999_999_999), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.of("Z", "+18:00", "-18:00", "+08:00", ""))
                .as((y, m, d, zone) -> String.format("%s%04d-%02d-%02dT12:00:00%s", y > 9999 ? "+" : "", y, m, d,
                        zone));
        return Arbitraries.oneOf(isoLike, built, WireArbitraries.oddStrings());
    }

    @Provide
    Arbitrary<String> statusTexts() {
        return Arbitraries.oneOf(Arbitraries.of("success", " SUCCESS ", "Running", "waiting", "skipped", "failed",
                "timeout", "unknown", "", "\u0130"), WireArbitraries.oddStrings());
    }
}
