package io.github.cbrsync.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded CBR (and IAM) endpoint on 127.0.0.1 with an ephemeral port: demo mode, tests and benchmarks.
 * It verifies signatures like the gateway, keeps the server's quirks (default cloud_type=public, 400 for an
 * unknown vault) and lets faults be dialled in through {@link #knobs()}.
 */
public final class CbrSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CbrSimulator.class.getName());

    private final SimulatorConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SimulatorKnobs knobs = new SimulatorKnobs();
    private final RequestLog requests = new RequestLog();
    private final SimAuthenticator authenticator;
    private final SimTaskEngine tasks;
    private final SimRoutes routes;
    private final GatewayRateLimit rateLimit;
    private final List<SimVault> vaults;

    private CbrSimulator(SimulatorConfig config) throws IOException {
        this.config = config;
        this.vaults = new CopyOnWriteArrayList<>(SeedData.vaults(config.seed(), config.projectId(),
                config.extraHybridVaults()));
        this.authenticator = new SimAuthenticator(config.clock());
        authenticator.addKey(config.accessKey(), config.secretKey());
        this.tasks = new SimTaskEngine(config.clock(), config.seed(), config.taskDuration(), config.taskFailureRate());
        seedHistory();
        this.routes = new SimRoutes(config, vaults, tasks, knobs);
        this.rateLimit = new GatewayRateLimit(config.clock());
        AtomicInteger threadNo = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cbr-simulator-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static CbrSimulator start(SimulatorConfig config) throws IOException {
        return new CbrSimulator(config);
    }

    /** http://127.0.0.1:{port}, serving both CBR and IAM paths. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public SimulatorConfig config() {
        return config;
    }

    public SimulatorKnobs knobs() {
        return knobs;
    }

    public RequestLog requests() {
        return requests;
    }

    /** Lets another key pair in too (tests of switching between accounts). */
    public void addAccessKey(String accessKey, String secretKey) {
        authenticator.addKey(accessKey, secretKey);
    }

    /** Deletes an access key, as an administrator might in IAM: its requests are refused from now on. */
    public void revokeAccessKey(String accessKey) {
        authenticator.removeKey(accessKey);
    }

    /** Makes every issued IAM token invalid, as a password change does. */
    public void revokeTokens() {
        authenticator.revokeTokens();
    }

    public void setTaskDuration(Duration duration) {
        tasks.setTaskDuration(duration);
    }

    public void setTaskFailureRate(double rate) {
        tasks.setFailureRate(rate);
    }

    /** Deletes a vault, as someone might in the console while the app still lists it. */
    public void removeVault(String id) {
        vaults.removeIf(v -> v.id().equals(id));
    }

    /** IDs of the hybrid vaults, in catalogue order. */
    public List<String> hybridVaultIds() {
        return vaults.stream().filter(SimVault::isHybrid).map(SimVault::id).toList();
    }

    /** IDs of vaults that may sync (hybrid and available). */
    public List<String> syncableVaultIds() {
        return vaults.stream().filter(v -> v.isHybrid() && v.status().equals("available")).map(SimVault::id).toList();
    }

    public List<String> publicVaultIds() {
        return vaults.stream().filter(v -> !v.isHybrid()).map(SimVault::id).toList();
    }

    public String vaultName(String id) {
        return vaults.stream().filter(v -> v.id().equals(id)).map(SimVault::name).findFirst().orElseThrow();
    }

    /** How many sync tasks each vault got that were created at or after {@code since} (two from one click is a bug). */
    public java.util.Map<String, Long> syncTasksPerVault(Instant since) {
        return tasks.list(t -> !t.createdAt().isBefore(since)).stream()
                .collect(java.util.stream.Collectors.groupingBy(SimTask::vaultId, java.util.stream.Collectors.counting()));
    }

    /** When a task ends (is due to end) on the server. */
    public java.util.Optional<Instant> taskEnd(String operationLogId) {
        return tasks.find(operationLogId).map(SimTask::endsAt);
    }

    /** When the last sync task created at or after {@code since} ends (is due to end) on the server. */
    public java.util.Optional<Instant> lastTaskEnd(Instant since) {
        return tasks.list(t -> !t.createdAt().isBefore(since)).stream().map(SimTask::endsAt)
                .max(java.util.Comparator.naturalOrder());
    }

    /** A few finished syncs from "the console", days ago: history the app did not start. */
    private void seedHistory() {
        Instant now = config.clock().instant();
        List<SimVault> hybrid = vaults.stream().filter(v -> v.isHybrid() && v.status().equals("available")).toList();
        for (int i = 0; i < Math.min(6, hybrid.size()); i++) {
            tasks.addPastTask(hybrid.get(i * 3 % hybrid.size()), now.minus(Duration.ofHours(6L + i * 19L)), i == 4);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        byte[] body = exchange.getRequestBody().readAllBytes();
        SimResponse response;
        boolean reset = false;
        try {
            sleep(knobs.latency());
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String path = exchange.getRequestURI().getPath();
            boolean isSync = path.endsWith("/checkpoints/sync") && exchange.getRequestMethod().equals("POST");
            SimulatorKnobs.SyncFault fault = isSync ? knobs.nextSyncFault() : null;
            if (fault == SimulatorKnobs.SyncFault.HTML_502 || fault == null && random.nextDouble() < knobs.html502Rate()) {
                response = SimResponse.html502();
            } else if (fault == SimulatorKnobs.SyncFault.SERVER_ERROR
                    || fault == null && random.nextDouble() < knobs.serverErrorRate()) {
                response = SimResponse.error(500, "BackupService.0001", "Simulated internal error", requestId);
            } else if (knobs.taskListDown() && path.endsWith("/operation-logs")) {
                response = SimResponse.error(503, "SIM.0503", "The task list is unavailable", requestId);
            } else {
                response = authenticateAndRoute(exchange, body, requestId);
                boolean answered = response.status() == 200;
                reset = fault == SimulatorKnobs.SyncFault.LOST_ANSWER && answered
                        || fault == null && random.nextDouble() < knobs.connectionResetRate()
                        || fault == null && isSync && answered && random.nextDouble() < knobs.lostSyncAnswerRate();
            }
        } catch (SimError e) {
            response = SimResponse.error(e.status, e.code, e.getMessage(), requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "simulator bug", e);
            response = SimResponse.error(500, "SIM.0500", "Simulator error: " + e, requestId);
        }
        requests.add(new RecordedRequest(Instant.now(), exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body, reset ? -1 : response.status()));
        send(exchange, response, requestId, reset);
    }

    private SimResponse authenticateAndRoute(HttpExchange exchange, byte[] body, String requestId) throws SimError {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        List<String> path = SimAuthenticator.pathSegments(uri.getRawPath());
        Map<String, String> query = SimRoutes.firstValues(SimAuthenticator.query(uri.getRawQuery()));
        if (method.equals("POST") && path.equals(List.of("v3", "auth", "tokens"))) {
            return routes.passwordToken(body, authenticator);
        }
        String caller = authenticator.authenticate(method, uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body);
        String projectHeader = exchange.getRequestHeaders().getFirst("X-Project-Id");
        if (projectHeader != null && !projectHeader.equals(config.projectId())) {
            throw SimError.auth("X-Project-Id does not match the project of this account");
        }
        rateLimit.check(caller, knobs.gatewayRateLimitPerSecond());
        return routes.route(method, path, query, body, requestId);
    }

    private static void send(HttpExchange exchange, SimResponse response, String requestId, boolean reset)
            throws IOException {
        if (reset) {
            // The request was carried out, but the connection drops before any answer: closing an exchange
            // whose headers were never sent closes the socket, so the client cannot know the outcome.
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.status() == 429) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
