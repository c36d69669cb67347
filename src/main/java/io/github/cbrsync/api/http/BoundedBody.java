package io.github.cbrsync.api.http;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

/**
 * Reads a response body up to a limit. The largest real answer (a page of 1,000 vaults with their resources)
 * is a few megabytes; a body beyond {@link #MAX_BYTES} is a broken or hostile server, and reading it whole
 * could exhaust the heap. It is refused as soon as it is known to be too large: from Content-Length before
 * reading anything, else after reading one byte more than the limit.
 */
final class BoundedBody {
    /** 16 MiB. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {
    }

    static byte[] read(ResponseBody body) throws IOException {
        return read(body, MAX_BYTES);
    }

    static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(Math.max(body.contentLength(), 0), CHUNK));
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = body.byteStream()) {
            long total = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(chunk, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static CbrApiException tooLarge(long limit) {
        return new CbrApiException(Kind.PROTOCOL, "The server's answer is larger than " + limit / (1024 * 1024)
                + " MB, far beyond any answer of this API; it was not read. Check the endpoint address (and any "
                + "proxy in between).", null);
    }
}
