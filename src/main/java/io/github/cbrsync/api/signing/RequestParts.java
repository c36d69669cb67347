package io.github.cbrsync.api.signing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an HTTP request that SDK-HMAC-SHA256 signs, independent of any HTTP library, so the
 * client (which signs) and the simulator (which verifies) build the canonical request the same way.
 *
 * @param pathSegments decoded path segments, e.g. [v3, {project}, checkpoints, sync]
 * @param query        decoded query parameters in request order (repeated keys allowed)
 * @param headers      header name to value; names are matched case-insensitively
 * @param body         the exact body bytes sent (empty array for none)
 */
public record RequestParts(String method, List<String> pathSegments, List<Map.Entry<String, String>> query,
                           Map<String, String> headers, byte[] body) {

    public RequestParts {
        pathSegments = List.copyOf(pathSegments);
        query = List.copyOf(query);
        TreeMap<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(ci);
        body = body == null ? new byte[0] : body.clone();
    }

    public String header(String name) {
        return headers.get(name);
    }
}
