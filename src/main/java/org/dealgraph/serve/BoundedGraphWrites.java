package org.dealgraph.serve;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Fuseki's graph store writes, answering 413 when the body passed the upload limit. The limit itself is held
 * before, as the body is read ({@link BoundedRequests}: a body that says it is longer is refused before a byte
 * is read, one that turns out longer stops being read); Fuseki reports the stopped read as a server error,
 * and the write's transaction is aborted, so the store is unchanged. This says what happened.
 */
final class BoundedGraphWrites extends GSP_RW {

    @Override
    protected void doPut(HttpAction action) {
        try {
            super.doPut(action);
        } catch (ActionErrorException e) {
            throw tooLarge(action, e);
        }
    }

    @Override
    protected void doPost(HttpAction action) {
        try {
            super.doPost(action);
        } catch (ActionErrorException e) {
            throw tooLarge(action, e);
        }
    }

    /** 413 if {@code error} came of a body over the limit, else {@code error} itself. */
    private static RuntimeException tooLarge(HttpAction action, ActionErrorException error) {
        if (action.getRequest().getAttribute(BoundedRequests.TOO_LARGE) != null) {
            ServletOps.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "the body is longer than the upload limit");
        }
        return error;
    }
}
