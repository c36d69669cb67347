package io.github.cbrsync.domain;

/** How a connection authenticates. */
public enum AuthMethod {
    /** Access key and secret key (optionally temporary, with a security token): SDK-HMAC-SHA256 signing. */
    AK_SK,
    /** IAM user name, password and account: an IAM token, kept in memory and renewed. */
    IAM_PASSWORD
}
