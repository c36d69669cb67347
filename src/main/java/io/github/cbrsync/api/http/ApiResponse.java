package io.github.cbrsync.api.http;

import java.util.Optional;

/** A successful (2xx) answer, fully read. */
record ApiResponse(int status, BodyChunks body, Optional<String> requestId, Optional<String> subjectToken) {
}
