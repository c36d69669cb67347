package io.github.cbrsync.api;

import java.util.Optional;

/** How requests authenticate. toString never prints a secret. */
public sealed interface Credentials {

    /** AK/SK signing; a security token makes them temporary credentials. */
    record AkSk(String accessKey, String secretKey, Optional<String> securityToken) implements Credentials {
        public AkSk {
            requireText(accessKey, "access key");
            requireText(secretKey, "secret key");
            requireHeaderSafe(accessKey, "The access key may hold only ASCII letters, digits and symbols");
            // A pasted token often carries the line breaks of the page it came from; it never holds spaces.
            securityToken = securityToken.map(t -> t.replaceAll("\\s+", "")).filter(t -> !t.isEmpty());
            securityToken.ifPresent(t -> requireHeaderSafe(t, "The security token may hold only ASCII letters, "
                    + "digits and symbols"));
        }

        public AkSk(String accessKey, String secretKey) {
            this(accessKey, secretKey, Optional.empty());
        }

        @Override
        public String toString() {
            return "AkSk[accessKey=" + accessKey + ", secretKey=***"
                    + (securityToken.isPresent() ? ", securityToken=***" : "") + "]";
        }
    }

    /** An IAM token sent as X-Auth-Token. */
    record Token(String token) implements Credentials {
        public Token {
            requireText(token, "token");
        }

        @Override
        public String toString() {
            return "Token[***]";
        }
    }

    /**
     * An IAM user's name, password and account (domain). The client obtains a project-scoped token with
     * them, keeps it in memory and obtains a new one when it expires or is refused.
     */
    record IamPassword(String user, String password, String account, String projectName) implements Credentials {
        public IamPassword {
            requireText(user, "IAM user name");
            requireText(password, "password");
            requireText(account, "account name");
            requireText(projectName, "project (region) name");
        }

        @Override
        public String toString() {
            return "IamPassword[user=" + user + ", account=" + account + ", password=***]";
        }
    }

    /**
     * Keys and tokens travel in HTTP headers, where OkHttp refuses anything but visible ASCII with a message that
     * repeats the whole value: refused here instead, with a message that does not.
     */
    private static void requireHeaderSafe(String value, String refusal) {
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(refusal + " (it is sent in a request header); check for a character "
                    + "pasted by mistake.");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is empty");
        }
    }
}
