package io.github.cbrsync.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An answer the simulator is about to send. */
record SimResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static SimResponse json(int status, JsonNode node) {
        try {
            return new SimResponse(status, "application/json;charset=UTF-8", JSON.writeValueAsBytes(node), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SimResponse error(int status, String code, String message, String requestId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error_code", code);
        body.put("error_msg", message);
        if (code.startsWith("APIGW.")) {
            body.put("request_id", requestId);
        }
        return json(status, body);
    }

    static SimResponse html502() {
        String page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                + "</center><hr><center>nginx</center></body></html>";
        return new SimResponse(502, "text/html", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, contentType, body, Map.copyOf(h));
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
