package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Error bodies in every shape the gateways and services use (CBR's error_code/error_msg, APIGW./APIG. with
 * request_id, code/message, the same one level down, HTML, text, nothing, bytes) and in shapes nobody
 * documented: always one CbrApiException of the kind the status and code say, with a short sentence that
 * holds no credential even when the server echoes the request.
 */
@Tag("properties")
class ErrorBodyProperties {
    static final String PASSWORD = "Hunter2-iam-password";
    static final String TOKEN = "MIIeToken-abcdef0123456789";
    static final String SIGNATURE = "ef8d4bbc2e3576e1ca919c52afb3fcf70ec12226189d1d4b9a125cdd1dbccb0a";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property
    void everyErrorBodyBecomesOneClearException(@ForAll @IntRange(min = 300, max = 599) int status,
                                                @ForAll("errorBodies") byte[] body,
                                                @ForAll("requestIdHeaders") Optional<String> header) {
        CbrApiException e = ErrorResponses.toException(status, body, header.orElse(null), Instant.EPOCH);

        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.kind()).isEqualTo(ErrorResponses.kindOf(status, e.errorCode().orElse(null)));
        if (status == 429) {
            assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
        }
        assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(ErrorResponses.MAX_SERVER_MESSAGE + 200)
                .doesNotContain(PASSWORD, TOKEN, SIGNATURE);
        e.requestId().ifPresent(id -> assertThat(id).isNotBlank());
        if (e.requestId().isEmpty()) {
            assertThat(header.filter(h -> !h.isBlank())).isEmpty();
        }
    }

    @Property
    void documentedShapesKeepTheirCodeMessageAndRequestId(@ForAll("shapes") Shape shape,
                                                          @ForAll("codes") String code,
                                                          @ForAll("plainMessages") String message) {
        byte[] body = shape.body(code, message, "req-42").getBytes(StandardCharsets.UTF_8);
        CbrApiException e = ErrorResponses.toException(400, body, "header-id");

        assertThat(e.errorCode()).contains(code);
        assertThat(e.requestId()).contains(shape == Shape.NESTED_NO_ID ? "header-id" : "req-42");
        assertThat(e.getMessage()).contains("Server says: " + message.strip());
    }

    /** The shapes of cbr-api.md section 5, and the same nested one level down. */
    enum Shape {
        CBR, GATEWAY, CODE_MESSAGE, NESTED, NESTED_NO_ID;

        String body(String code, String message, String requestId) {
            ObjectNode o = NODES.objectNode();
            switch (this) {
                case CBR -> o.put("error_code", code).put("error_msg", message).put("request_id", requestId);
                case GATEWAY -> o.put("error_msg", message).put("error_code", code).put("request_id", requestId);
                case CODE_MESSAGE -> o.put("code", code).put("message", message).put("request_id", requestId);
                case NESTED -> o.put("request_id", requestId).putObject("error").put("code", code)
                        .put("message", message);
                default -> o.putObject("error").put("error_code", code).put("error_msg", message);
            }
            return o.toString();
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Arbitraries.of(Shape.class);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(Arbitraries.of("BackupService.6105", "APIGW.0301", "APIG.0308", "APIGW.0101",
                        "IAM.0001", "CBR.0001"),
                Arbitraries.strings().alpha().numeric().withChars('.', '_', '-').ofMinLength(1).ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> plainMessages() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', ',', ':', '中', '文').ofMinLength(1)
                .ofMaxLength(200).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Optional<String>> requestIdHeaders() {
        return Arbitraries.of("", " ", "7f3a-header", "0123456789abcdef").optional();
    }

    @Provide
    Arbitrary<byte[]> errorBodies() {
        Arbitrary<JsonNode> fieldValues = Arbitraries.oneOf(WireArbitraries.values(), echoes().map(NODES::textNode));
        Arbitrary<byte[]> documented = Combinators.combine(Arbitraries.of(Shape.class), fieldValues, fieldValues,
                fieldValues).as((shape, code, message, id) -> {
                    ObjectNode o = (ObjectNode) WireArbitraries.parse(shape.body("c", "m", "r"));
                    ObjectNode target = o.has("error") ? (ObjectNode) o.get("error") : o;
                    replaceAll(target, code, message);
                    o.set("request_id", id);
                    return o.toString().getBytes(StandardCharsets.UTF_8);
                });
        return Arbitraries.oneOf(documented,
                WireArbitraries.notJson(),
                echoes().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                WireArbitraries.values().map(v -> v.toString().getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().ofMinLength(300).ofMaxLength(50_000).map(s -> ("{\"error_msg\":\"" + s.replace(
                        "\\", "").replace("\"", "") + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    /** Servers and proxies that echo the request back: its password, token and signature. */
    static Arbitrary<String> echoes() {
        return Arbitraries.of(
                "{\"auth\":{\"identity\":{\"password\":{\"user\":{\"name\":\"ann\",\"password\":\"" + PASSWORD + "\"}}}}}",
                "Invalid header X-Auth-Token: " + TOKEN + " for this request",
                "X-Security-Token=" + TOKEN + "; expired",
                "Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + SIGNATURE,
                "<html><title>Bad request</title><body>password=" + PASSWORD + "</body></html>",
                "{\"error_code\":\"IAM.0001\",\"error_msg\":\"bad password: " + "\\\"password\\\":\\\"" + PASSWORD
                        + "\\\"\"}");
    }

    private static void replaceAll(ObjectNode target, JsonNode code, JsonNode message) {
        for (String field : new String[] {"error_code", "code"}) {
            if (target.has(field)) {
                target.set(field, code);
            }
        }
        for (String field : new String[] {"error_msg", "message"}) {
            if (target.has(field)) {
                target.set(field, message);
            }
        }
    }
}
