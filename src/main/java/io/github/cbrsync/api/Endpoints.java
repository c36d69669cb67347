package io.github.cbrsync.api;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where CBR and IAM answer for a connection. Derived from the region, unless an explicit override or the
 * official SDKs' environment variables say otherwise (private regions, Huawei Cloud Stack, EU domains).
 */
public record Endpoints(URI cbr, URI iam) {

    public static final String IAM_ENDPOINT_ENV = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Endpoints {
        cbr = checkBase(cbr, "CBR");
        iam = checkBase(iam, "IAM");
    }

    /** The SDK convention for a per-region CBR endpoint override, e.g. HUAWEICLOUD_SDK_REGION_CBR_CN_NORTH_4. */
    public static String cbrOverrideVariable(String region) {
        return "HUAWEICLOUD_SDK_REGION_CBR_" + region.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Resolves the endpoints: explicit override first, then the SDK environment variable, then the public
     * naming scheme {@code https://cbr.{region}.myhuaweicloud.com}.
     */
    public static Endpoints resolve(String region, Optional<String> cbrOverride, Optional<String> iamOverride,
                                    Map<String, String> environment) {
        String r = region == null ? "" : region.trim();
        if (!REGION.matcher(r).matches()) {
            throw new IllegalArgumentException("\"" + r + "\" is not a region ID: use lowercase letters, digits "
                    + "and dashes, for example cn-north-4");
        }
        String cbr = cbrOverride.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.get(cbrOverrideVariable(r))).filter(s -> !s.isBlank()))
                .orElse("https://cbr." + r + ".myhuaweicloud.com");
        String iam = iamOverride.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.get(IAM_ENDPOINT_ENV)).filter(s -> !s.isBlank()))
                .orElse("https://iam." + r + ".myhuaweicloud.com");
        return new Endpoints(parse(cbr, "CBR"), parse(iam, "IAM"));
    }

    /** Both services on one base address: the embedded simulator and tests. */
    public static Endpoints single(URI base) {
        return new Endpoints(base, base);
    }

    public boolean isEncrypted() {
        return "https".equalsIgnoreCase(cbr.getScheme()) && "https".equalsIgnoreCase(iam.getScheme());
    }

    private static URI parse(String text, String what) {
        String t = text.trim();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            return URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " endpoint \"" + shown(text) + "\" is not a valid URL");
        }
    }

    /**
     * What a request can be sent to and shown without harm: http(s), a host, a port in range, and no user name
     * or password (the window, the diagnostics and the log show endpoints; requests are signed, and a proxy's
     * login belongs in the proxy settings).
     */
    private static URI checkBase(URI uri, String what) {
        if (uri == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            boolean nonAscii = uri != null && uri.toString().chars().anyMatch(c -> c > 0x7e);
            throw new IllegalArgumentException("The " + what + " endpoint must be an http(s) URL with a host, was \""
                    + shown(String.valueOf(uri)) + "\"" + (nonAscii ? " (type a non-ASCII host name in its xn-- form)"
                    : ""));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The " + what + " endpoint must not hold a user name or password "
                    + "(requests are signed; a proxy's login goes in the proxy settings)");
        }
        if (uri.getHost().contains("%")) {
            throw new IllegalArgumentException("The " + what + " endpoint names a scoped IPv6 address (with %): use "
                    + "the address without its zone, or a host name");
        }
        if (!uri.getHost().startsWith("[") && (uri.getHost().length() > 253
                || java.util.Arrays.stream(uri.getHost().split("\\.")).anyMatch(label -> label.length() > 63))) {
            throw new IllegalArgumentException("The " + what + " endpoint's host name is too long for DNS (at most 63 "
                    + "characters between dots, 253 in all)");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535 || uri.getPort() == -1 && uri.getRawAuthority().endsWith(":")) {
            throw new IllegalArgumentException("The " + what + " endpoint's port must be between 1 and 65535, was \""
                    + shown(uri.toString()) + "\"");
        }
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    /**
     * An endpoint for a message: not too long to read, and without anything before an "@" (a user name and
     * password, however the URL around them is broken).
     */
    private static String shown(String endpoint) {
        int at = endpoint.lastIndexOf('@');
        String clean = (at >= 0 ? "…" + endpoint.substring(at + 1) : endpoint).replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
