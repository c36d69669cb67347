package io.github.cbrsync.api.http;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.signing.RequestParts;
import io.github.cbrsync.api.signing.SdkHmacSha256;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds the OkHttp request for one attempt. The Host header is set explicitly (the value OkHttp would
 * send) so that what is signed is exactly what goes on the wire; the body is the same byte array that
 * was hashed.
 */
final class RequestSigner {
    static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

    private final ClientSettings settings;
    private final TokenCache tokens;

    /** {@code tokens} is null unless the connection logs in with an IAM password. */
    RequestSigner(ClientSettings settings, TokenCache tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    Request build(ApiRequest call) {
        HttpUrl url = url(call);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", hostHeader(url));
        headers.put("User-Agent", settings.userAgent());
        if (call.audience() != ApiRequest.Audience.IAM_UNAUTHENTICATED) {
            addCredentials(call, url, headers);
        }
        Request.Builder builder = new Request.Builder().url(url);
        headers.forEach(builder::header);
        RequestBody body = call.body() == null ? null : RequestBody.create(call.body(), JSON);
        return builder.method(call.method(), body).build();
    }

    private void addCredentials(ApiRequest call, HttpUrl url, Map<String, String> headers) {
        Credentials credentials = settings.credentials();
        if (credentials instanceof Credentials.Token token) {
            headers.put("X-Auth-Token", token.token());
            return;
        }
        if (credentials instanceof Credentials.IamPassword) {
            headers.put("X-Auth-Token", tokens.token());
            return;
        }
        Credentials.AkSk ak = (Credentials.AkSk) credentials;
        if (call.audience() == ApiRequest.Audience.CBR) {
            headers.put("X-Project-Id", settings.projectId());
        }
        ak.securityToken().ifPresent(t -> headers.put("X-Security-Token", t));
        headers.put(SdkHmacSha256.DATE_HEADER, SdkHmacSha256.formatDate(settings.clock().instant()));
        RequestParts parts = new RequestParts(call.method(), url.pathSegments(), queryOf(url), headers,
                call.body());
        List<String> signed = SdkHmacSha256.defaultSignedHeaders(headers);
        headers.put("Authorization", SdkHmacSha256.sign(parts, signed, ak.accessKey(), ak.secretKey()).authorization());
    }

    private static HttpUrl url(ApiRequest call) {
        HttpUrl base = HttpUrl.get(call.base().toString());
        HttpUrl.Builder b = base.newBuilder();
        for (String segment : call.pathSegments()) {
            if (".".equals(segment) || "..".equals(segment)) {
                // OkHttp resolves dot segments, which would send the call elsewhere (".." of a task is the project).
                // No CBR ID is a dot: whatever asked for it does not exist, and the poller gives such a task up.
                throw new CbrApiException(CbrApiException.Kind.NOT_FOUND, "\"" + segment + "\" is not an ID that can be "
                        + "looked up (" + call.describe() + ")", null);
            }
            b.addPathSegment(segment);
        }
        for (Map.Entry<String, String> q : call.query()) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
    }

    private static List<Map.Entry<String, String>> queryOf(HttpUrl url) {
        return java.util.stream.IntStream.range(0, url.querySize())
                .mapToObj(i -> Map.entry(url.queryParameterName(i),
                        url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i)))
                .toList();
    }

    /** The Host header OkHttp sends: the port only when it is not the scheme's default. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
