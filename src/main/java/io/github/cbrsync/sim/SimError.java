package io.github.cbrsync.sim;

/** An error answer the simulator sends in the service's common error body. */
final class SimError extends Exception {
    final int status;
    final String code;

    SimError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static SimError auth(String reason) {
        return new SimError(401, "APIGW.0301", "Incorrect IAM authentication information: " + reason);
    }
}
