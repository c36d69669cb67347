package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.http.ServerAnswers.Call;
import io.github.cbrsync.testing.QuietLogs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-picked bad answers, each a case of its own: the ones a reviewer would think of first, and 10 MB ones. */
class BadAnswerExamplesTest {
    private static ServerAnswers server;
    private static QuietLogs quiet;

    @BeforeAll
    static void start() throws Exception {
        quiet = new QuietLogs();
        server = new ServerAnswers();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        quiet.close();
    }

    /** Thirteen bodies for each of the five calls. */
    static Stream<Arguments> callsAndBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Call call : Call.values()) {
            String valid = call.valid;
            String list = valid.substring(2, valid.indexOf('"', 2));
            cases.add(Arguments.of(call, "empty", ""));
            cases.add(Arguments.of(call, "JSON null", "null"));
            cases.add(Arguments.of(call, "an array", "[]"));
            cases.add(Arguments.of(call, "an empty object", "{}"));
            cases.add(Arguments.of(call, "the gateway's HTML", "<html><head><title>502 Bad Gateway</title></head>"
                    + "<body><center>nginx</center></body></html>"));
            cases.add(Arguments.of(call, "cut in half", valid.substring(0, valid.length() / 2)));
            cases.add(Arguments.of(call, "the list is a string", "{\"" + list + "\":\"nope\"}"));
            cases.add(Arguments.of(call, "the list is a number", "{\"" + list + "\":1e400}"));
            cases.add(Arguments.of(call, "huge numbers everywhere", valid.replaceAll(":(\\d+)", ":1$1000000000000000000000000")));
            cases.add(Arguments.of(call, "numbers as strings", valid.replaceAll(":(\\d+)", ":\"$1\"")));
            cases.add(Arguments.of(call, "ids missing", valid.replace("\"id\":", "\"gone\":")
                    .replace("\"operation_log_id\":", "\"gone\":")));
            cases.add(Arguments.of(call, "a byte order mark", "\uFEFF" + valid));
            cases.add(Arguments.of(call, "nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("callsAndBodies")
    void aBadAnswerIsAResultOrAClearError(Call call, String what, String body) {
        server.check(call, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} in 10 MB")
    @MethodSource("tenMegabyteCalls")
    void aTenMegabyteAnswerIsReadAndMapped(Call call) {
        server.check(call, 200, ServerBodyProperties.tenMegabytes(call));
    }

    static Stream<Call> tenMegabyteCalls() {
        return Stream.of(Call.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00",
        "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "+999999999-12-31T23:59:59"})
    void aTimeNoWindowCouldShowIsLeftOut(String wire) {
        assertThat(Timestamps.parse(wire)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html><head><title>İİİİİİİİİİİİİİİİİİİİ Access denied</title></head></html> | İİİİİİİİİİİİİİİİİİİİ Access denied",
        "<HTML><TITLE lang=en>Proxy Error</TITLE></HTML> | Proxy Error",
        "<html><body><h1>Forbidden</h1><p>by policy</p></body></html> | Forbidden by policy",
        "Service Unavailable | Service Unavailable",
        "{\"error_msg\":\"echo {\\\"password\\\":\\\"Hunter2\\\"}\"} | echo {\"password\":\"***\"}",
        "{\"message\":\"X-Auth-Token: MIIabc123 expired\"} | X-Auth-Token: *** expired",
        "{\"error\":{\"code\":\"CBR.5000\",\"message\":\"backend down\"}} | backend down",
        "{\"error_code\":12,\"error_msg\":[1,2]} | ",
        "{\"error_code\":null,\"error_msg\":{\"nested\":true}} | ",
        "[{\"error_code\":\"X\"}] | "})
    void anErrorBodyGivesAShortHint(String body, String hint) {
        CbrApiException e = ErrorResponses.toException(502, body.getBytes(StandardCharsets.UTF_8), null);
        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        if (hint == null) {
            assertThat(e.getMessage()).isEqualTo("The service failed (HTTP 502).");
        } else {
            assertThat(e.getMessage()).isEqualTo("The service failed (HTTP 502). Server says: " + hint);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000, 5_000_000})
    void aLongServerMessageIsShortened(int length) {
        String body = "{\"error_code\":\"CBR.1\",\"error_msg\":\"" + "m".repeat(length) + "\"}";
        CbrApiException e = ErrorResponses.toException(400, body.getBytes(StandardCharsets.UTF_8), null);
        assertThat(e.getMessage()).hasSizeLessThan(ErrorResponses.MAX_SERVER_MESSAGE + 100).endsWith("m…");
    }
}
