package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule install / show / remove}: the systemd user units (checked by {@code systemd-analyze verify}
 * where it exists), the launchd agent and the Task Scheduler definition, and what is run or printed to enable
 * them. The command runner is recorded: no test touches the build machine's scheduler.
 */
class ScheduleTest {
    @TempDir
    Path dir;

    @Test
    void installWritesASystemdTimerAndServiceThatRunTheSyncAndLogInTheAppsLogFolder() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.environment.put("CBR_SYNC_DESK_HOME", cli.home.resolve("app").toString());

        CliHarness.Run run = cli.run("--connection", "Demo simulator", "schedule", "install", "--daily", "02:30",
                "--match", "branch-*", "--auto-trigger", "on", "--timeout", "2h", "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path units = cli.home.resolve("xdg-config/systemd/user");
        String service = Files.readString(units.resolve("cbr-sync-demo.service"));
        String timer = Files.readString(units.resolve("cbr-sync-demo.timer"));
        assertThat(service).contains("Type=oneshot", "ExecStart=" + cli.launcher.orElseThrow()
                        + " --connection demo --quiet sync --match branch-* --auto-trigger on --wait --timeout 2h",
                "StandardOutput=append:" + cli.paths().logs().resolve("schedule-demo.log"),
                "Environment=CBR_SYNC_DESK_HOME=" + cli.home.resolve("app"));
        assertThat(timer).contains("OnCalendar=*-*-* 02:30:00", "Persistent=true", "WantedBy=timers.target");
        // No user service manager here: the commands are listed for the user, not run.
        assertThat(CliJson.items(CliJson.parse(run))).extracting(i -> i.path("action").asText()).containsExactly(
                "wrote", "wrote", "run_yourself", "run_yourself");
        assertThat(cli.commandsRun).isEmpty();
        assertThat(run.err()).contains("loginctl enable-linger");
        verifyWithSystemd(units);

        JsonNode shown = CliJson.parse(cli.run("schedule", "show", "-o", "json"));
        assertThat(CliJson.items(shown)).singleElement().satisfies(i -> {
            assertThat(i.path("name").asText()).isEqualTo("demo");
            assertThat(i.path("schedule").asText()).isEqualTo("daily 02:30");
            assertThat(i.path("command").asText()).contains("sync --match 'branch-*'", "--wait");
        });
    }

    @Test
    void whereTheUserManagerAnswersTheTimerIsEnabledAndRemoveDisablesAndDeletesIt() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.schedulerReachable = true;

        CliHarness.Run install = cli.run("--connection", "demo", "schedule", "install", "--every", "6h", "--all",
                "--name", "nightly");

        assertThat(install.exitCode()).as(install.err()).isZero();
        Path units = cli.home.resolve("xdg-config/systemd/user");
        assertThat(Files.readString(units.resolve("cbr-sync-nightly.timer")))
                .contains("OnActiveSec=21600s", "OnUnitActiveSec=21600s");
        assertThat(cli.commandsRun).containsExactly(List.of("systemctl", "--user", "show-environment"),
                List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", "cbr-sync-nightly.timer"));
        verifyWithSystemd(units);

        cli.commandsRun.clear();
        CliHarness.Run remove = cli.run("schedule", "remove", "--name", "nightly");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(cli.commandsRun).contains(List.of("systemctl", "--user", "disable", "--now",
                "cbr-sync-nightly.timer"));
        assertThat(units.resolve("cbr-sync-nightly.timer")).doesNotExist();
        assertThat(units.resolve("cbr-sync-nightly.service")).doesNotExist();
        assertThat(cli.run("schedule", "remove", "--name", "nightly").exitCode()).isEqualTo(4);
        assertThat(cli.run("schedule", "install", "--every", "1m", "--all").exitCode()).isEqualTo(2);
    }

    @Test
    void onMacOsALaunchdAgentAndOnWindowsATaskSchedulerDefinition() throws Exception {
        CliHarness mac = new CliHarness(dir.resolve("mac"));
        mac.osName = "Mac OS X";
        assertThat(mac.run("--connection", "demo", "schedule", "install", "--daily", "23:05", "--all").exitCode())
                .isZero();
        Path plist = mac.home.resolve("user/Library/LaunchAgents/io.github.cbrsync.cbr-sync.demo.plist");
        String agent = Files.readString(plist);
        assertThat(agent).contains("<key>Hour</key><integer>23</integer>", "<key>Minute</key><integer>5</integer>",
                "<string>--wait</string>", "<key>StandardOutPath</key>");
        assertThat(agent).as("no \"--\" inside an XML comment").doesNotContain("--connection demo");
        assertThat(CliJson.items(CliJson.parse(mac.run("schedule", "show", "-o", "json")))).singleElement()
                .satisfies(i -> assertThat(i.path("command").asText())
                        .as("the command read back from the XML comment, dashes and all")
                        .contains("--connection demo --quiet sync --all"));

        CliHarness win = new CliHarness(dir.resolve("win"));
        win.osName = "Windows 11";
        win.schedulerReachable = true;
        assertThat(win.run("--connection", "demo", "schedule", "install", "--every", "6h", "--vault",
                "hq-fileserver").exitCode()).isZero();
        Path xml = win.paths().config().resolve("schedules/cbr-sync-demo.xml");
        String task = new String(Files.readAllBytes(xml), StandardCharsets.UTF_16LE);
        assertThat(task).contains("<Interval>PT6H</Interval>", "<Command>" + win.launcher.orElseThrow() + "</Command>",
                "--connection demo --quiet sync --vault hq-fileserver --auto-trigger remembered --wait");
        assertThat(task).startsWith("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>").endsWith("</Task>\n");
        assertThat(win.commandsRun).containsExactly(List.of("schtasks", "/Create", "/TN",
                "CBR Sync Desk\\cbr-sync-demo", "/XML", xml.toString(), "/F"));
    }

    @Test
    void withoutAnInstalledLauncherNothingIsWritten() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.launcher = java.util.Optional.empty();
        CliHarness.Run run = cli.run("schedule", "install", "--daily", "02:30", "--all");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("installed cbr-sync launcher");
        assertThat(cli.home.resolve("xdg-config/systemd/user")).doesNotExist();
    }

    /** systemd's own check of the unit files, where systemd-analyze is installed (CI installs it). */
    private static void verifyWithSystemd(Path units) throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (!Files.isExecutable(analyze)) {
            System.out.println("ScheduleTest: systemd-analyze is not installed here; the unit files were not verified"
                    + " by systemd");
            assumeTrue(false, "systemd-analyze is not installed");
        }
        List<String> files;
        try (var list = Files.list(units)) {
            files = list.map(Path::toString).sorted().toList();
        }
        List<String> command = new java.util.ArrayList<>(List.of(analyze.toString(), "verify"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as("systemd-analyze verify").doesNotContain("Unknown key", "Unknown section");
    }
}
