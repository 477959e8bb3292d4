package org.dealgraph.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;

/** A graph store endpoint refused a graph, or could not be reached, for good. */
public final class RemoteStoreException extends RuntimeException {

    RemoteStoreException(String url, Node graph, int attempts, HttpException cause) {
        super(describe(url, graph, attempts, cause), cause);
    }

    private static String describe(String url, Node graph, int attempts, HttpException cause) {
        int status = cause.getStatusCode();
        String answer = status > 0 ? "answered " + status + (cause.getStatusLine() == null ? ""
                : " " + cause.getStatusLine()) : "could not be reached (" + rootMessage(cause) + ")";
        String hint = status == 401 || status == 403 ? ": check the user and password (--auth-file, or "
                + "DEALGRAPH_USER and DEALGRAPH_PASSWORD)" : status == 404 || status == 405
                ? ": is " + url + " a dataset's Graph Store Protocol endpoint?" : "";
        return url + " " + answer + " to the PUT of " + ConsistencyCheck.name(graph) + (attempts > 1 ? " (" + attempts + " tries)" : "")
                + hint;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
