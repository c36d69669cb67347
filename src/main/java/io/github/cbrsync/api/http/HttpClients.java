package io.github.cbrsync.api.http;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.NetworkSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** The OkHttp client for a connection: timeouts, proxy, and the trust store with an optional extra CA. */
final class HttpClients {
    private HttpClients() {
    }

    static OkHttpClient build(ClientSettings settings) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // OkHttp would otherwise silently re-send a request after some connection failures, POST included.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .eventListenerFactory(SendTracker.listenerFactory());
        NetworkSettings net = settings.network();
        switch (net.proxyMode()) {
            case NONE -> b.proxy(Proxy.NO_PROXY);
            case SYSTEM -> b.proxySelector(ProxySelector.getDefault() == null ? new NoProxySelector()
                    : ProxySelector.getDefault());
            case MANUAL -> {
                b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(net.proxyHost(),
                        net.proxyPort())));
                if (net.proxyUser().isPresent()) {
                    String basic = Credentials.basic(net.proxyUser().get(), net.proxyPassword().orElse(""));
                    b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                            ? null // already tried: give up rather than loop on a wrong password
                            : response.request().newBuilder().header("Proxy-Authorization", basic).build());
                }
            }
            default -> throw new IllegalStateException();
        }
        if (net.extraCaFile().isPresent()) {
            X509TrustManager trust = trustWithExtraCa(net);
            b.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
        }
        return b.build();
    }

    /** The JDK's default trust store plus the certificates of the extra CA file. */
    static X509TrustManager trustWithExtraCa(NetworkSettings net) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            system.init((KeyStore) null);
            int n = 0;
            for (TrustManager tm : system.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    for (X509Certificate c : x.getAcceptedIssuers()) {
                        store.setCertificateEntry("system-" + n++, c);
                    }
                }
            }
            Collection<? extends Certificate> extra;
            try (InputStream in = Files.newInputStream(net.extraCaFile().orElseThrow())) {
                extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (extra.isEmpty()) {
                throw new IllegalArgumentException("The CA file " + net.extraCaFile().get()
                        + " holds no certificate (expected PEM or DER X.509)");
            }
            for (Certificate c : extra) {
                store.setCertificateEntry("extra-" + n++, c);
            }
            TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            combined.init(store);
            for (TrustManager tm : combined.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X509 trust manager");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The CA file " + net.extraCaFile().orElseThrow()
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private static SSLContext sslContext(X509TrustManager trust) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trust}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    /** Used only if the JVM has no default selector at all. */
    private static final class NoProxySelector extends ProxySelector {
        @Override
        public java.util.List<Proxy> select(java.net.URI uri) {
            return java.util.List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(java.net.URI uri, java.net.SocketAddress sa, IOException ioe) {
        }
    }
}
