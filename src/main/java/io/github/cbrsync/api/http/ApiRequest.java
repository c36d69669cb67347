package io.github.cbrsync.api.http;

import io.github.cbrsync.api.Priority;
import io.github.cbrsync.api.SendPermit;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A call before it is signed: the same value is signed afresh for every attempt (a retry needs a new
 * X-Sdk-Date) and its body bytes are exactly the bytes hashed and sent.
 *
 * @param idempotent    whether re-sending after an ambiguous failure is harmless (GET: yes, sync POST: no)
 * @param audience      which service it is for, which decides the credentials it carries
 * @param priority      which queue it waits in for the connection's send budget
 * @param permit        asked right before each attempt goes out (a paused or cancelled bulk sync)
 */
record ApiRequest(String method, URI base, List<String> pathSegments, List<Map.Entry<String, String>> query,
                  byte[] body, boolean idempotent, Audience audience, Priority priority,
                  SendPermit permit) {

    /** CBR calls carry X-Project-Id; IAM calls do not (the project may be what is being looked up). */
    enum Audience { CBR, IAM, IAM_UNAUTHENTICATED }

    ApiRequest {
        pathSegments = List.copyOf(pathSegments);
        query = List.copyOf(query);
    }

    static ApiRequest get(Audience audience, URI base, List<String> path, List<Map.Entry<String, String>> query) {
        return new ApiRequest("GET", base, path, query, null, true, audience, Priority.NORMAL, SendPermit.ALWAYS);
    }

    static ApiRequest post(Audience audience, URI base, List<String> path, byte[] jsonBody) {
        return new ApiRequest("POST", base, path, List.of(), jsonBody, false, audience, Priority.NORMAL, SendPermit.ALWAYS);
    }

    ApiRequest with(Priority p, SendPermit sendPermit) {
        return new ApiRequest(method, base, pathSegments, query, body, idempotent, audience, p, sendPermit);
    }

    /** For messages and logs: method and path, never headers. */
    String describe() {
        return method + " /" + String.join("/", pathSegments);
    }
}
