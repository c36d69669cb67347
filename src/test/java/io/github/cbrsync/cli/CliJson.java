package io.github.cbrsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads a command's --output json document, checking the envelope every command shares. */
final class CliJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CliJson() {
    }

    static JsonNode parse(CliHarness.Run run) throws Exception {
        JsonNode root = JSON.readTree(run.out());
        if (!"cbr-sync/1".equals(root.path("schema").asText()) || !root.has("command") || !root.has("items")
                || !root.has("summary") || root.path("exit_code").asInt(-1) != run.exitCode()) {
            throw new AssertionError("not a cbr-sync/1 document with exit_code " + run.exitCode() + ": " + run.out());
        }
        return root;
    }

    static List<JsonNode> items(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        root.path("items").forEach(items::add);
        return items;
    }
}
