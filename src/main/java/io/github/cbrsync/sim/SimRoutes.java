package io.github.cbrsync.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The simulated APIs, with the real paths and bodies: ListVault, ImportCheckpoint (sync), ShowOpLog,
 * ListOpLogs, and IAM's project lookup and password token. Requests arrive here authenticated.
 */
final class SimRoutes {
    private final SimulatorConfig config;
    private final List<SimVault> vaults;
    private final SimTaskEngine tasks;
    private final SimulatorKnobs knobs;

    SimRoutes(SimulatorConfig config, List<SimVault> vaults, SimTaskEngine tasks, SimulatorKnobs knobs) {
        this.config = config;
        this.vaults = vaults;
        this.tasks = tasks;
        this.knobs = knobs;
    }

    private java.time.Duration knobsLag() {
        return knobs.taskListLag();
    }

    /** Routes by method and path; path segments are already decoded. */
    SimResponse route(String method, List<String> path, Map<String, String> query, byte[] body, String requestId)
            throws SimError {
        if (path.size() >= 2 && path.get(0).equals("v3") && !path.get(1).equals("projects")
                && !path.get(1).equals("auth")) {
            if (!path.get(1).equals(config.projectId())) {
                throw SimError.auth("project " + path.get(1) + " does not belong to this account");
            }
            List<String> rest = path.subList(2, path.size());
            if (method.equals("GET") && rest.equals(List.of("vaults"))) {
                return listVaults(query);
            }
            if (method.equals("POST") && rest.equals(List.of("checkpoints", "sync"))) {
                return sync(body, requestId);
            }
            if (method.equals("GET") && rest.equals(List.of("operation-logs"))) {
                return listTasks(query);
            }
            if (method.equals("GET") && rest.size() == 2 && rest.get(0).equals("operation-logs")) {
                return showTask(rest.get(1));
            }
        }
        if (method.equals("GET") && path.equals(List.of("v3", "projects"))) {
            return projects(query);
        }
        throw new SimError(404, "APIGW.0101", "The API does not exist or has not been published in the environment");
    }

    private SimResponse listVaults(Map<String, String> query) throws SimError {
        // The real default is public, which hides hybrid vaults from clients that forget the parameter.
        String cloudType = query.getOrDefault("cloud_type", "public");
        int limit = intParam(query, "limit", 1000, 1, 1000);
        int offset = intParam(query, "offset", 0, 0, Integer.MAX_VALUE);
        Predicate<SimVault> filter = v -> v.cloudType().equals(cloudType);
        Optional<String> name = Optional.ofNullable(query.get("name"));
        Optional<String> status = Optional.ofNullable(query.get("status"));
        Optional<String> id = Optional.ofNullable(query.get("id"));
        List<SimVault> matching = vaults.stream().filter(filter)
                .filter(v -> name.map(n -> v.name().contains(n)).orElse(true))
                .filter(v -> status.map(s -> v.status().equals(s)).orElse(true))
                .filter(v -> id.map(i -> v.id().equals(i)).orElse(true))
                .toList();
        ObjectNode root = SimResponse.mapper().createObjectNode();
        ArrayNode array = root.putArray("vaults");
        matching.stream().skip(offset).limit(limit).forEach(v -> array.add(v.toJson()));
        root.put("count", matching.size());
        root.put("limit", limit);
        root.put("offset", offset);
        return SimResponse.json(200, root);
    }

    private SimResponse sync(byte[] body, String requestId) throws SimError {
        JsonNode sync;
        try {
            sync = SimResponse.mapper().readTree(body).path("sync");
        } catch (IOException e) {
            throw new SimError(400, "APIGW.0201", "Request body is not valid JSON");
        }
        JsonNode vaultId = sync.get("vault_id");
        JsonNode autoTrigger = sync.get("auto_trigger");
        if (vaultId == null || !vaultId.isTextual() || autoTrigger == null || !autoTrigger.isBoolean()) {
            throw new SimError(400, "SIM.0002",
                    "Invalid parameter: sync.vault_id (string) and sync.auto_trigger (boolean) are required");
        }
        SimVault vault = vaults.stream().filter(v -> v.id().equals(vaultId.asText())).findFirst()
                .orElseThrow(() -> new SimError(400, "BackupService.6105", "Vault Not Found"));
        if (!vault.isHybrid()) {
            throw new SimError(400, "SIM.0400", "Vault " + vault.name() + " is a public cloud vault; only hybrid "
                    + "cloud vaults can synchronize restore points");
        }
        if (!vault.status().equals("available")) {
            throw new SimError(400, "SIM.0409", "Vault " + vault.name() + " is " + vault.status()
                    + " and cannot synchronize now");
        }
        SimTask task = tasks.start(vault, autoTrigger.asBoolean(), requestId);
        ObjectNode root = SimResponse.mapper().createObjectNode();
        root.putObject("sync").put("operation_log_id", task.id()).put("vault_id", vault.id());
        return SimResponse.json(200, root);
    }

    private SimResponse showTask(String id) throws SimError {
        SimTask task = tasks.find(id).orElseThrow(() -> new SimError(404, "SIM.0404",
                "Operation log " + id + " not found"));
        ObjectNode root = SimResponse.mapper().createObjectNode();
        root.set("operation_log", task.toJson(tasks.now()));
        return SimResponse.json(200, root);
    }

    private SimResponse listTasks(Map<String, String> query) throws SimError {
        Instant now = tasks.now();
        int limit = intParam(query, "limit", 1000, 1, 1000);
        int offset = intParam(query, "offset", 0, 0, Integer.MAX_VALUE);
        Optional<String> type = Optional.ofNullable(query.get("operation_type"));
        Optional<String> vaultId = Optional.ofNullable(query.get("vault_id"));
        Optional<String> status = Optional.ofNullable(query.get("status"));
        Optional<Instant> from = timeParam(query, "start_time");
        Optional<Instant> to = timeParam(query, "end_time");
        Instant visibleUntil = now.minus(knobsLag());
        List<SimTask> matching = tasks.list(t -> !t.createdAt().isAfter(visibleUntil)
                && type.map("sync"::equals).orElse(true)
                && vaultId.map(t.vaultId()::equals).orElse(true)
                && status.map(t.statusAt(now)::equals).orElse(true)
                && from.map(f -> !t.createdAt().isBefore(f)).orElse(true)
                && to.map(e -> !t.createdAt().isAfter(e)).orElse(true));
        ObjectNode root = SimResponse.mapper().createObjectNode();
        ArrayNode array = root.putArray("operation_logs");
        matching.stream().skip(offset).limit(limit).forEach(t -> array.add(t.toJson(now)));
        root.put("count", matching.size());
        return SimResponse.json(200, root);
    }

    private SimResponse projects(Map<String, String> query) {
        String name = query.get("name");
        ObjectNode root = SimResponse.mapper().createObjectNode();
        ArrayNode array = root.putArray("projects");
        if (name == null || name.equals(config.region())) {
            array.addObject().put("id", config.projectId()).put("name", config.region())
                    .put("domain_id", "d78cbac186b744899480f25bd022f468").put("enabled", true);
        }
        return SimResponse.json(200, root);
    }

    /** IAM password login. Unauthenticated by nature; the password must be the simulator's secret key. */
    SimResponse passwordToken(byte[] body, SimAuthenticator auth) throws SimError {
        JsonNode user;
        try {
            user = SimResponse.mapper().readTree(body).path("auth").path("identity").path("password").path("user");
        } catch (IOException e) {
            throw new SimError(400, "APIGW.0201", "Request body is not valid JSON");
        }
        if (user.path("name").asText("").isEmpty() || !user.path("password").asText("").equals(config.secretKey())) {
            throw new SimError(401, "IAM.0004", "The username or password is incorrect");
        }
        String token = "MIIsim" + UUID.randomUUID().toString().replace("-", "");
        auth.addToken(token);
        ObjectNode root = SimResponse.mapper().createObjectNode();
        ObjectNode t = root.putObject("token");
        t.put("expires_at", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                tasks.now().plus(java.time.Duration.ofDays(1))));
        t.putArray("methods").add("password");
        t.putObject("project").put("id", config.projectId()).put("name", config.region());
        return SimResponse.json(201, root).withHeader("X-Subject-Token", token);
    }

    private static int intParam(Map<String, String> query, String name, int dflt, int min, int max)
            throws SimError {
        String v = query.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new SimError(400, "SIM.0002", "Invalid parameter: " + name + "=" + v);
        }
    }

    private static Optional<Instant> timeParam(Map<String, String> query, String name) throws SimError {
        String v = query.get(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace("Z", "")).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new SimError(400, "SIM.0002", "Invalid parameter: " + name + " must look like "
                    + "2018-01-01T12:00:00Z");
        }
    }

    static Map<String, String> firstValues(List<Map.Entry<String, String>> query) {
        Map<String, String> map = new HashMap<>();
        query.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        return map;
    }
}
