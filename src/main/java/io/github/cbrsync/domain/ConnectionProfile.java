package io.github.cbrsync.domain;

import java.util.Optional;

/**
 * A saved connection, without its secrets (those are in the secret store under the profile's ID).
 *
 * @param id           the stable identity; kept when the connection is renamed
 * @param name         what the user calls it (shown, editable)
 * @param accessKey    the AK (an identifier, not a secret) for AK/SK connections
 * @param iamUser      IAM user name for password connections
 * @param iamAccount   the account (domain) name for password connections
 * @param cbrEndpoint  explicit CBR endpoint (private regions, Huawei Cloud Stack); empty for the default
 * @param iamEndpoint  explicit IAM endpoint; empty for the default
 * @param extraCaFile  a PEM/DER CA certificate to trust besides the system's (TLS inspection proxies)
 */
public record ConnectionProfile(ConnectionId id, String name, String region, String projectId, AuthMethod auth, String accessKey,
                                String iamUser, String iamAccount, Optional<String> cbrEndpoint,
                                Optional<String> iamEndpoint, int connectTimeoutSeconds, int readTimeoutSeconds,
                                ProxyMode proxyMode, String proxyHost, int proxyPort, String proxyUser,
                                Optional<String> extraCaFile, CredentialSource source) {

    public ConnectionProfile {
        java.util.Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        region = region == null ? "" : region.strip();
        projectId = projectId == null ? "" : projectId.strip();
        accessKey = accessKey == null ? "" : accessKey.strip();
        iamUser = iamUser == null ? "" : iamUser.strip();
        iamAccount = iamAccount == null ? "" : iamAccount.strip();
        proxyHost = proxyHost == null ? "" : proxyHost.strip();
        proxyUser = proxyUser == null ? "" : proxyUser.strip();
        cbrEndpoint = cbrEndpoint.map(String::strip).filter(s -> !s.isEmpty());
        iamEndpoint = iamEndpoint.map(String::strip).filter(s -> !s.isEmpty());
        extraCaFile = extraCaFile.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A new AK/SK profile with default timeouts and the system proxy. */
    public static ConnectionProfile akSk(String name, String region, String projectId, String accessKey,
                                         CredentialSource source) {
        return new ConnectionProfile(ConnectionId.fromName(name), name, region, projectId, AuthMethod.AK_SK, accessKey,
                "", "", Optional.empty(),
                Optional.empty(), 10, 30, ProxyMode.SYSTEM, "", 0, "", Optional.empty(), source);
    }

    public ConnectionProfile withName(String newName) {
        return new ConnectionProfile(id, newName, region, projectId, auth, accessKey, iamUser, iamAccount, cbrEndpoint,
                iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    public ConnectionProfile withRegion(String newRegion) {
        return new ConnectionProfile(id, name, newRegion, projectId, auth, accessKey, iamUser, iamAccount, cbrEndpoint,
                iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    public ConnectionProfile withProjectId(String newProjectId) {
        return new ConnectionProfile(id, name, region, newProjectId, auth, accessKey, iamUser, iamAccount, cbrEndpoint,
                iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    public ConnectionProfile withCbrEndpoint(Optional<String> endpoint) {
        return new ConnectionProfile(id, name, region, projectId, auth, accessKey, iamUser, iamAccount, endpoint,
                iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    public ConnectionProfile withIamEndpoint(Optional<String> endpoint) {
        return new ConnectionProfile(id, name, region, projectId, auth, accessKey, iamUser, iamAccount, cbrEndpoint,
                endpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    public ConnectionProfile withId(ConnectionId newId) {
        return new ConnectionProfile(newId, name, region, projectId, auth, accessKey, iamUser, iamAccount, cbrEndpoint,
                iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds, proxyMode, proxyHost, proxyPort, proxyUser,
                extraCaFile, source);
    }

    /** Whether requests go out unencrypted (an http:// override): the window says so. */
    public boolean unencrypted() {
        return cbrEndpoint.filter(e -> e.regionMatches(true, 0, "http://", 0, 7)).isPresent()
                || iamEndpoint.filter(e -> e.regionMatches(true, 0, "http://", 0, 7)).isPresent();
    }
}
