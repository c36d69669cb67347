package io.github.cbrsync.api.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;

/**
 * A response body as read, in chunks of at most {@link #CHUNK} bytes, and parsed from them as a stream. A page
 * of 1,000 tasks is more than half a megabyte: as one array it is a "humongous" object to G1 (over half a heap
 * region), placed in regions of its own, and each such allocation may start a concurrent marking cycle; the
 * task list is read every poll while a bulk sync is followed.
 */
record BodyChunks(List<byte[]> chunks, long length) {
    /** Far below G1's humongous size (half a region; regions are 1 MB and more). */
    static final int CHUNK = 64 * 1024;
    static final BodyChunks EMPTY = new BodyChunks(List.of(), 0);

    BodyChunks {
        chunks = List.copyOf(chunks);
    }

    InputStream stream() {
        return new SequenceInputStream(Collections.enumeration(chunks.stream()
                .map(c -> (InputStream) new ByteArrayInputStream(c)).toList()));
    }

    /** The whole body in one array: for error answers, which are short. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(length, Integer.MAX_VALUE));
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
