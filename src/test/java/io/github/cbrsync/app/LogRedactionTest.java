package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets never reach the log file, whatever shape they come in; request IDs do. */
class LogRedactionTest {
    @TempDir
    Path dir;

    @Test
    void theLogFileHoldsNoSecret() throws Exception {
        AppLogging logging = AppLogging.install(dir);
        logging.addSecrets(List.of("MySecretKey123456"));
        System.Logger log = System.getLogger("io.github.cbrsync.test");
        log.log(System.Logger.Level.WARNING, "signing with MySecretKey123456 for request id 7f3a");
        log.log(System.Logger.Level.WARNING, "Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, "
                + "Signature=ef8d4bbc2e3576e1ca919c52afb3fcf70ec12226189d1d4b9a125cdd1dbccb0a");
        log.log(System.Logger.Level.WARNING, "headers X-Auth-Token: MIIabcdefTOKEN and X-Security-Token=sts-XYZ");
        log.log(System.Logger.Level.WARNING, "body {\"password\":\"hunter2\",\"user\":\"admin\"}");
        for (Handler h : LogManager.getLogManager().getLogger("").getHandlers()) {
            h.flush();
        }

        String text;
        try (Stream<Path> files = Files.list(dir)) {
            text = files.filter(p -> p.getFileName().toString().endsWith(".log")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(text).contains("request id 7f3a").contains("Signature=***").contains("user");
        assertThat(text).doesNotContain("MySecretKey123456", "ef8d4bbc2e3576e1", "MIIabcdefTOKEN", "sts-XYZ",
                "hunter2");
        assertThat(logging.recentProblems()).anySatisfy(p -> assertThat(p).contains("request id 7f3a"))
                .noneSatisfy(p -> assertThat(p).contains("MySecretKey123456"));
    }
}
