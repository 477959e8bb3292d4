package org.dealgraph.serve;

/**
 * A remote SPARQL endpoint that the pages read could not be reached, did not answer in time, or answered
 * with an error or with something that is no SPARQL result. {@link #status()} is the status a page answers
 * with: 503 when it could not be reached, 504 when it took too long, 502 for any other failure.
 */
public final class EndpointFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    EndpointFailure(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status that says what failed: 502, 503 or 504. */
    public int status() {
        return status;
    }
}
