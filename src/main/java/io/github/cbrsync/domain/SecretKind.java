package io.github.cbrsync.domain;

/** The secrets a connection can have. They live in the OS keyring or in memory, never in a file of ours. */
public enum SecretKind {
    SECRET_KEY, SECURITY_TOKEN, PASSWORD, PROXY_PASSWORD
}
