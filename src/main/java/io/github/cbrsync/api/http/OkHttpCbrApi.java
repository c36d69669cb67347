package io.github.cbrsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Priority;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.SendBudget;
import io.github.cbrsync.api.SendPermit;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.api.http.ApiRequest.Audience;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SyncReceipt;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.Vault;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The CBR client over OkHttp: signed requests, safe retries, one adaptive send rate per connection. Views made
 * by {@link #withPriority} share everything with it (connections, rate, token) but queue at their priority.
 */
public final class OkHttpCbrApi implements CbrApi, AutoCloseable {
    private static final DateTimeFormatter QUERY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** Guards against a server whose count never shrinks: 1,000 pages of 1,000 vaults is far beyond any account. */
    private static final int MAX_PAGES = 1000;

    private final ClientSettings settings;
    private final OkHttpClient baseClient;
    private final CallExecutor safeCalls;
    private final CallExecutor unsafeCalls;
    private final CallExecutor tokenCalls;
    private final SendRate sendRate;
    private final TokenCache tokens;
    private final Priority priority;
    private final SendPermit permit;

    public OkHttpCbrApi(ClientSettings settings) {
        this(settings, Sleeper.REAL);
    }

    /** With a replaceable sleeper, so tests of retries and rate limits need not wait in real time. */
    public OkHttpCbrApi(ClientSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.priority = Priority.NORMAL;
        this.permit = SendPermit.ALWAYS;
        this.sendRate = new SendRate(settings.rate(), System::nanoTime);
        this.baseClient = HttpClients.build(settings);
        // Non-idempotent calls never reuse a pooled connection: a stale keep-alive connection fails only after
        // the request is written, which would make a perfectly normal sync look "outcome unknown".
        OkHttpClient freshConnections = baseClient.newBuilder()
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .build();
        this.tokens = settings.credentials() instanceof Credentials.IamPassword password
                ? new TokenCache(password, this::fetchPasswordToken, settings.clock()) : null;
        RequestSigner signer = new RequestSigner(settings, tokens);
        this.safeCalls = new CallExecutor(baseClient, signer, sendRate, settings.retry(), sleeper, System::nanoTime);
        this.unsafeCalls = new CallExecutor(freshConnections, signer, sendRate, settings.retry(), sleeper,
                System::nanoTime);
        // Obtaining a token twice is harmless, but a wrong password counts towards a lock: never retried.
        this.tokenCalls = new CallExecutor(freshConnections, signer, sendRate, RetryPolicy.NONE, sleeper,
                System::nanoTime);
    }

    private OkHttpCbrApi(OkHttpCbrApi shared, Priority priority, SendPermit permit) {
        this.settings = shared.settings;
        this.baseClient = shared.baseClient;
        this.safeCalls = shared.safeCalls;
        this.unsafeCalls = shared.unsafeCalls;
        this.tokenCalls = shared.tokenCalls;
        this.sendRate = shared.sendRate;
        this.tokens = shared.tokens;
        this.priority = priority;
        this.permit = permit;
    }

    public ClientSettings settings() {
        return settings;
    }

    /** A new starting rate and ceiling at run time (Preferences). */
    public void replan(RatePlan plan) {
        sendRate.replan(plan);
    }

    @Override
    public SendBudget budget() {
        return sendRate;
    }

    @Override
    public CbrApi withPriority(Priority p) {
        return p == priority ? this : new OkHttpCbrApi(this, p, permit);
    }

    @Override
    public CbrApi withPermit(SendPermit p) {
        return new OkHttpCbrApi(this, priority, p);
    }

    @Override
    public List<Vault> listVaults(VaultFilter filter) {
        List<Vault> vaults = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Map.Entry<String, String>> query = new ArrayList<>();
            query.add(Map.entry("cloud_type", "hybrid"));
            filter.name().ifPresent(n -> query.add(Map.entry("name", n)));
            filter.status().ifPresent(s -> query.add(Map.entry("status", s)));
            filter.vaultId().ifPresent(id -> query.add(Map.entry("id", id)));
            query.add(Map.entry("limit", Integer.toString(filter.pageSize())));
            query.add(Map.entry("offset", Integer.toString(offset)));
            JsonNode root = getJson(Audience.CBR, settings.endpoints().cbr(), cbrPath("vaults"), query, "vault list");
            JsonNode items = root.path("vaults");
            for (JsonNode v : items) {
                Vault vault = WireMapping.vault(v);
                // The server default is public; filter again in case a gateway ignores cloud_type.
                if (vault.isHybrid()) {
                    vaults.add(vault);
                }
            }
            int count = root.path("count").asInt(-1);
            offset += items.size();
            if (items.size() == 0 || items.size() < filter.pageSize() || count >= 0 && offset >= count) {
                return vaults;
            }
        }
        return vaults;
    }

    @Override
    public SyncReceipt sync(String vaultId, boolean autoTrigger) {
        requireText(vaultId, "vault ID");
        ApiRequest call = ApiRequest.post(Audience.CBR, settings.endpoints().cbr(), cbrPath("checkpoints", "sync"),
                WireMapping.syncRequestBody(vaultId, autoTrigger)).with(priority, permit);
        // A refused token means the gateway turned the request away unread, so sending it again is safe.
        ApiResponse response = withFreshTokenOnce(() -> unsafeCalls.execute(call));
        return WireMapping.syncReceipt(WireMapping.read(response.body(), "sync answer"));
    }

    @Override
    public SyncTask showTask(String operationLogId) {
        requireText(operationLogId, "task ID");
        JsonNode root = getJson(Audience.CBR, settings.endpoints().cbr(), cbrPath("operation-logs", operationLogId),
                List.of(), "task details");
        JsonNode log = root.path("operation_log");
        if (!log.isObject()) {
            throw new CbrApiException(Kind.PROTOCOL, "The task details answer has no operation_log", null);
        }
        return WireMapping.task(log);
    }

    @Override
    public TaskPage listTasks(TaskFilter filter) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        filter.operationType().ifPresent(t -> query.add(Map.entry("operation_type", t)));
        filter.vaultId().ifPresent(v -> query.add(Map.entry("vault_id", v)));
        filter.status().ifPresent(s -> query.add(Map.entry("status", s.wireName())));
        filter.startTime().ifPresent(t -> query.add(Map.entry("start_time", QUERY_TIME.format(t))));
        filter.endTime().ifPresent(t -> query.add(Map.entry("end_time", QUERY_TIME.format(t))));
        query.add(Map.entry("limit", Integer.toString(filter.limit())));
        query.add(Map.entry("offset", Integer.toString(filter.offset())));
        JsonNode root = getJson(Audience.CBR, settings.endpoints().cbr(), cbrPath("operation-logs"), query,
                "task list");
        List<SyncTask> tasks = new ArrayList<>();
        for (JsonNode t : root.path("operation_logs")) {
            tasks.add(WireMapping.task(t));
        }
        return new TaskPage(tasks, root.path("count").asInt(tasks.size()));
    }

    @Override
    public List<Project> discoverProjects(String region) {
        requireText(region, "region");
        JsonNode root = getJson(Audience.IAM, settings.endpoints().iam(), List.of("v3", "projects"),
                List.of(Map.entry("name", region.trim())), "project list");
        List<Project> projects = new ArrayList<>();
        for (JsonNode p : root.path("projects")) {
            projects.add(WireMapping.project(p));
        }
        return projects;
    }

    /**
     * Obtains an IAM token with a user name and password (the token comes back in X-Subject-Token). The
     * password is sent once in the body and kept nowhere.
     */
    public static String obtainPasswordToken(ClientSettings iamSettings, String user, String password,
                                             String account, String projectName) {
        try (OkHttpCbrApi api = new OkHttpCbrApi(iamSettings)) {
            return api.fetchPasswordToken(new Credentials.IamPassword(user, password, account, projectName));
        }
    }

    private String fetchPasswordToken(Credentials.IamPassword login) {
        ApiRequest call = ApiRequest.post(Audience.IAM_UNAUTHENTICATED, settings.endpoints().iam(),
                List.of("v3", "auth", "tokens"), WireMapping.passwordTokenBody(login.user(), login.password(),
                        login.account(), login.projectName()));
        return tokenCalls.execute(call).subjectToken().filter(t -> !t.isBlank()).orElseThrow(() ->
                new CbrApiException(Kind.PROTOCOL, "IAM answered without an X-Subject-Token header", null));
    }

    /** Runs a call; if the connection's IAM token is refused, obtains a new one and runs it once more. */
    private ApiResponse withFreshTokenOnce(java.util.function.Supplier<ApiResponse> call) {
        try {
            return call.get();
        } catch (CbrApiException e) {
            // No current token means obtaining one failed (a wrong password): trying again would only count
            // towards the account lock.
            String refused = tokens == null ? null : tokens.current();
            if (refused == null || e.kind() != Kind.AUTH) {
                throw e;
            }
            tokens.refused(refused);
            return call.get();
        }
    }

    private JsonNode getJson(Audience audience, URI base, List<String> path, List<Map.Entry<String, String>> query,
                             String what) {
        ApiRequest call = ApiRequest.get(audience, base, path, query).with(priority, permit);
        ApiResponse response = withFreshTokenOnce(() -> safeCalls.execute(call));
        return WireMapping.read(response.body(), what);
    }

    private List<String> cbrPath(String... rest) {
        if (!settings.hasProject()) {
            throw new CbrApiException(Kind.INVALID_REQUEST, "No project ID is set for this connection: discover "
                    + "it from the region or type it in", null);
        }
        List<String> path = new ArrayList<>(List.of("v3", settings.projectId()));
        path.addAll(List.of(rest));
        return path;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
    }

    /** Closes the connections of the client and every view of it. */
    @Override
    public void close() {
        baseClient.dispatcher().executorService().shutdown();
        baseClient.connectionPool().evictAll();
    }

}
