package io.github.cbrsync.domain;

/** Where a connection's credentials came from; shown in the window so nobody wonders which keys are in use. */
public enum CredentialSource {
    TYPED, ENVIRONMENT, SDK_FILE, KOOCLI
}
