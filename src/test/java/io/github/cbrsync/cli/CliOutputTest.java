package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Where output goes: data on stdout only; on a terminal progress is one line redrawn in place and closed before
 * anything else is written; in a pipe each progress line is a line; --quiet keeps notes and progress back but
 * never errors.
 */
class CliOutputTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CliOutput output(boolean quiet, boolean terminal) {
        return new CliOutput(new PrintWriter(out), new PrintWriter(err), OutputFormat.TABLE, quiet, false, terminal);
    }

    @Test
    void onATerminalProgressIsRedrawnInPlaceAndEndedBeforeTheNextLine() {
        CliOutput cli = output(false, true);
        cli.progress("Bulk sync: 10 of 20 sent");
        cli.progress("Bulk sync: 20 of 20");
        cli.note("done");
        assertThat(err.toString()).isEqualTo("\rBulk sync: 10 of 20 sent\rBulk sync: 20 of 20     "
                + System.lineSeparator() + "done" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void inAPipeEachProgressIsALineAndQuietKeepsAllButErrorsBack() {
        CliOutput piped = output(false, false);
        piped.progress("one");
        piped.progress("two");
        assertThat(err.toString()).isEqualTo("one" + System.lineSeparator() + "two" + System.lineSeparator());

        err.getBuffer().setLength(0);
        CliOutput quiet = output(true, true);
        quiet.progress("hidden");
        quiet.note("hidden too");
        quiet.detail("hidden as well");
        quiet.error("what to fix");
        assertThat(err.toString()).isEqualTo("what to fix" + System.lineSeparator());
    }

    @Test
    void tableColumnsLineUpWithChineseVaultNamesTakingTwoColumnsACharacter() {
        assertThat(TextFormats.width("财务归档")).isEqualTo(8);
        assertThat(TextFormats.width("hq-fileserver")).isEqualTo(13);
        assertThat(TextFormats.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(TextFormats.field("=HYPERLINK(\"x\")")).as("neutralised as the window's export does")
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TextFormats.field("@sum")).isEqualTo("'@sum");
        assertThat(new Glob("branch-[sw]*").matches("Branch-Shanghai")).isTrue();
        assertThat(new Glob("branch-[sw]*").matches("branch-chengdu")).isFalse();
        assertThat(DurationConverter.format(DurationConverter.parse("PT90M"))).isEqualTo("90m");
        assertThat(DurationConverter.format(DurationConverter.parse("6h"))).isEqualTo("6h");
    }
}
