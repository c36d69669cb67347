package io.github.cbrsync.api.http;

import okhttp3.OkHttpClient;

/** Loads and initialises the HTTP client's classes (OkHttp, okio, Kotlin) ahead of the first connection. */
public final class HttpWarmup {
    private HttpWarmup() {
    }

    public static void run() {
        // Building a client starts no thread (its pools are made on first use): this only loads classes.
        OkHttpClient client = new OkHttpClient.Builder().eventListenerFactory(SendTracker.listenerFactory()).build();
        client.newBuilder().build();
    }
}
