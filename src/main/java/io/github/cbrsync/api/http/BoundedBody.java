package io.github.cbrsync.api.http;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.ResponseBody;

/**
 * Reads a response body up to a limit. The largest real answer (a page of 1,000 vaults with their resources)
 * is a few megabytes; a body beyond {@link #MAX_BYTES} is a broken or hostile server, and reading it whole
 * could exhaust the heap. It is refused as soon as it is known to be too large: from Content-Length before
 * reading anything, else after reading one chunk past the limit. It is kept in chunks ({@link BodyChunks}).
 */
final class BoundedBody {
    /** 16 MiB. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private BoundedBody() {
    }

    static BodyChunks read(ResponseBody body) throws IOException {
        return read(body, MAX_BYTES);
    }

    static BodyChunks read(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            throw tooLarge(limit);
        }
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        try (InputStream in = body.byteStream()) {
            while (true) {
                // Each chunk filled before the next: a large body is many small arrays, never one large one.
                byte[] chunk = new byte[BodyChunks.CHUNK];
                int filled = in.readNBytes(chunk, 0, chunk.length);
                total += filled;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                if (filled > 0) {
                    chunks.add(filled == chunk.length ? chunk : Arrays.copyOf(chunk, filled));
                }
                if (filled < chunk.length) {
                    return new BodyChunks(chunks, total);
                }
            }
        }
    }

    private static CbrApiException tooLarge(long limit) {
        return new CbrApiException(Kind.PROTOCOL, "The server's answer is larger than " + limit / (1024 * 1024)
                + " MB, far beyond any answer of this API; it was not read. Check the endpoint address (and any "
                + "proxy in between).", null);
    }
}
