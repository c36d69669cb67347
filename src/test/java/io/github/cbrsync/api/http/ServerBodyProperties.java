package io.github.cbrsync.api.http;

import io.github.cbrsync.api.http.ServerAnswers.Call;
import io.github.cbrsync.testing.QuietLogs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every call of the client, answered by a damaged, hostile or absurd body (with a success or an error
 * status): the result is sane or the failure is a CbrApiException with a short message without secrets.
 */
@Tag("properties")
class ServerBodyProperties {
    private static ServerAnswers server;
    private static QuietLogs quiet;

    @BeforeContainer
    static void start() throws Exception {
        quiet = new QuietLogs();
        server = new ServerAnswers();
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
        quiet.close();
    }

    /** A call, the status it is answered with, and the body: the valid answer for that call, damaged. */
    record Answer(Call call, int status, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
            return call + " HTTP " + status + " (" + body.length + " bytes): " + text;
        }
    }

    @Property
    void anyAnswerToAnyCallEndsInAResultOrAClearError(@ForAll("answers") Answer answer) {
        server.check(answer.call(), answer.status(), answer.body());
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> statuses = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(200)),
                Tuple.of(2, Arbitraries.of(201, 204, 301, 400, 401, 403, 404, 413, 429, 500, 502, 503, 504, 599)));
        return Arbitraries.of(Call.class).flatMap(call -> Combinators.combine(statuses,
                Arbitraries.frequencyOf(Tuple.of(60, WireArbitraries.damaged(call.valid)),
                        Tuple.of(1, Arbitraries.just(call).map(ServerBodyProperties::tenMegabytes))))
                .as((status, body) -> new Answer(call, status, body)));
    }

    /** A 10 MB answer for the call: many valid entries, each with a fresh ID. */
    static byte[] tenMegabytes(Call call) {
        return switch (call) {
            case LIST_VAULTS -> WireArbitraries.tenMegabytes("vaults", java.util.Map.of("id", "ID", "name", "x".repeat(400),
                    "billing", java.util.Map.of("cloud_type", "hybrid", "size", 1, "used", 1)));
            case LIST_TASKS -> WireArbitraries.tenMegabytes("operation_logs", java.util.Map.of("id", "ID", "status",
                    "success", "vault_name", "y".repeat(400)));
            case DISCOVER_PROJECTS -> WireArbitraries.tenMegabytes("projects", java.util.Map.of("id", "ID", "name",
                    "z".repeat(400)));
            case SHOW_TASK -> ("{\"operation_log\":{\"id\":\"op-1\",\"vault_name\":\"" + "v".repeat(10 * 1024 * 1024)
                    + "\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case SYNC -> ("{\"sync\":{\"operation_log_id\":\"op-1\",\"padding\":\"" + "p".repeat(10 * 1024 * 1024)
                    + "\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }
}
