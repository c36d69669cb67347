package io.github.cbrsync.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request as the simulator received it, for tests to inspect. */
public record RecordedRequest(Instant receivedAt, String method, String path, String rawQuery,
                              Map<String, List<String>> headers, byte[] body, int status) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    public boolean isSync() {
        return "POST".equals(method) && path.endsWith("/checkpoints/sync");
    }
}
