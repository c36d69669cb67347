package io.github.cbrsync.domain;

/** Where a connection's HTTP proxy comes from. */
public enum ProxyMode { SYSTEM, NONE, MANUAL }
