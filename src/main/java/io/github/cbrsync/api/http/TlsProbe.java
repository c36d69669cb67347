package io.github.cbrsync.api.http;

import io.github.cbrsync.api.NetworkSettings;
import io.github.cbrsync.domain.ProxyMode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One HTTPS request through the same TLS set-up the client uses, reporting the negotiated protocol and cipher
 * suite. The packaged app runs it against a local server with an EC certificate, so a runtime that lacks
 * jdk.crypto.ec (no ECDHE, no ECDSA) fails the build instead of a user.
 */
public final class TlsProbe {
    private TlsProbe() {
    }

    /** Returns "TLSv1.3 TLS_AES_128_GCM_SHA256"-style text; throws when the handshake fails. */
    public static String handshake(URI url, Optional<Path> extraCa) throws IOException {
        OkHttpClient.Builder b = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS);
        if (extraCa.isPresent()) {
            X509TrustManager trust = HttpClients.trustWithExtraCa(new NetworkSettings(ProxyMode.NONE, "", 0,
                    Optional.empty(), Optional.empty(), extraCa));
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {trust}, null);
                b.sslSocketFactory(ctx.getSocketFactory(), trust);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("TLS is not available: " + e.getMessage(), e);
            }
        }
        try (Response r = b.build().newCall(new Request.Builder().url(url.toString()).build()).execute()) {
            if (r.handshake() == null) {
                throw new IOException("no TLS handshake happened (is the URL https?)");
            }
            return r.handshake().tlsVersion().javaName() + " " + r.handshake().cipherSuite().javaName()
                    + " (HTTP " + r.code() + ")";
        }
    }
}
