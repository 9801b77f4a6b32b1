package org.rotative.contract.kafka;

/** A record that is not a valid event of the expected type; retrying cannot help, so consumers skip and report it. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
