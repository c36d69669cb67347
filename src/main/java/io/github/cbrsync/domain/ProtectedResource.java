package io.github.cbrsync.domain;

/** A resource (for hybrid vaults usually an on-premises server) bound to a vault. */
public record ProtectedResource(String id, String name, String type, long sizeGb, String protectStatus) {
}
