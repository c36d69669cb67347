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
            throw new IllegalArgumentException("The " + what + " endpoint \"" + text + "\" is not a valid URL", e);
        }
    }

    private static URI checkBase(URI uri, String what) {
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("The " + what + " endpoint must be an http(s) URL with a host, was "
                    + uri);
        }
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
