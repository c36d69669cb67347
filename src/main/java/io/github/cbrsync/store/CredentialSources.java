package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the credentials administrators already have: the official SDKs' environment variables, the SDK
 * credentials file ({@code ~/.huaweicloud/credentials}) and KooCLI profiles ({@code ~/.hcloud/config.json}).
 */
public final class CredentialSources {
    public static final String ENV_AK = "HUAWEICLOUD_SDK_AK";
    public static final String ENV_SK = "HUAWEICLOUD_SDK_SK";
    public static final String ENV_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
    public static final String ENV_PROJECT = "HUAWEICLOUD_SDK_PROJECT_ID";
    public static final String ENV_IAM = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
    /** Not an official SDK variable: this app's way to give the environment connection a region. */
    public static final String ENV_REGION = "HUAWEICLOUD_SDK_REGION";
    /** The names of the found connections in settings of older versions (matched, not shown). */
    public static final String ENVIRONMENT_PROFILE = "Environment variables"; // (matched, not shown)
    public static final String SDK_FILE_PROFILE = "SDK credentials file"; // (matched, not shown)

    private CredentialSources() {
    }

    /** The connection the environment describes, if HUAWEICLOUD_SDK_AK and _SK are both set. */
    public static Optional<DiscoveredCredentials> fromEnvironment(Map<String, String> env, Optional<String> region) {
        String ak = env.getOrDefault(ENV_AK, "").strip();
        String sk = env.getOrDefault(ENV_SK, "").strip();
        if (ak.isEmpty() || sk.isEmpty()) {
            return Optional.empty();
        }
        String r = region.or(() -> Optional.ofNullable(env.get(ENV_REGION))).orElse("").strip();
        ConnectionProfile p = ConnectionProfile.akSk(ENVIRONMENT_PROFILE, r, env.getOrDefault(ENV_PROJECT, ""), ak,
                CredentialSource.ENVIRONMENT).withIamEndpoint(Optional.ofNullable(env.get(ENV_IAM)))
                .withId(ConnectionId.ENVIRONMENT);
        return Optional.of(new DiscoveredCredentials(p, Optional.of(sk),
                Optional.ofNullable(env.get(ENV_TOKEN)).filter(t -> !t.isBlank())));
    }

    /** The [basic] section of the SDK credentials file; empty when the file does not exist. */
    public static Optional<DiscoveredCredentials> fromSdkFile(Path file, Optional<String> region)
            throws CredentialSourceException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = TextFiles.lines(file);
        Map<String, Map<String, String>> sections = new HashMap<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                sections.putIfAbsent(section, new HashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || section == null) {
                throw new CredentialSourceException(Messages.format("credentials.sdkLine", file,
                        String.valueOf(i + 1)));
            }
            sections.get(section).put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                    line.substring(eq + 1).strip());
        }
        Map<String, String> basic = sections.get("basic");
        if (basic == null) {
            throw new CredentialSourceException(Messages.format("credentials.sdkNoBasic", file));
        }
        String ak = basic.getOrDefault("ak", "");
        String sk = basic.getOrDefault("sk", "");
        if (ak.isEmpty() || sk.isEmpty()) {
            throw new CredentialSourceException(Messages.format("credentials.sdkNeedsBoth", file));
        }
        ConnectionProfile p = ConnectionProfile.akSk(SDK_FILE_PROFILE, region.orElse(""),
                basic.getOrDefault("project_id", ""), ak, CredentialSource.SDK_FILE)
                .withIamEndpoint(Optional.ofNullable(basic.get("iam_endpoint"))).withId(ConnectionId.SDK_FILE);
        return Optional.of(new DiscoveredCredentials(p, Optional.of(sk),
                Optional.ofNullable(basic.get("security_token")).filter(t -> !t.isBlank())));
    }

    /**
     * KooCLI's profiles. Keys are taken only when the file says they are stored in plain text
     * ({@code "authEncrypt": "false"}); otherwise name, region and project come in and the user types the keys.
     */
    public static List<DiscoveredCredentials> fromKooCli(Path file) throws CredentialSourceException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the token it choked on, which may be a secret key: only say where.
            JsonLocation at = e.getLocation();
            throw new CredentialSourceException(at == null ? Messages.format("credentials.kooBroken", file)
                    : Messages.format("credentials.kooBrokenAt", file, String.valueOf(at.getLineNr()),
                    String.valueOf(at.getColumnNr())));
        } catch (IOException e) {
            throw new CredentialSourceException(Messages.format("credentials.unreadable", file,
                    e.getClass().getSimpleName()));
        }
        if (root == null || !root.path("profiles").isArray()) {
            throw new CredentialSourceException(Messages.format("credentials.kooNoProfiles", file));
        }
        boolean plain = "false".equalsIgnoreCase(root.path("authEncrypt").asText("true"));
        List<DiscoveredCredentials> found = new ArrayList<>();
        for (JsonNode p : root.path("profiles")) {
            String name = p.path("name").asText("");
            if (name.isBlank()) {
                continue;
            }
            String ak = plain ? p.path("accessKeyId").asText("") : "";
            ConnectionProfile profile = ConnectionProfile.akSk("KooCLI " + name, p.path("region").asText(""),
                    p.path("projectId").asText(""), ak, CredentialSource.KOOCLI);
            Optional<String> sk = plain ? Optional.of(p.path("secretAccessKey").asText("")).filter(s -> !s.isBlank())
                    : Optional.empty();
            Optional<String> token = plain ? Optional.of(p.path("securityToken").asText("")).filter(s -> !s.isBlank())
                    : Optional.empty();
            found.add(new DiscoveredCredentials(profile, sk, token));
        }
        return found;
    }
}
