package org.dealgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update handler, given each update rewritten by {@link BoundedExpressions} as queries are: its
 * regular expressions stop at the timeout, its strings stay under the limit. An update that does not parse is
 * handed on as it came, for Fuseki to refuse with its own message. The text is already bounded by
 * {@link BoundedRequests}; it is read here no further than {@code maxBytes} in any case.
 */
final class BoundedUpdate extends SPARQL_Update {

    private final int maxBytes;

    BoundedUpdate(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("the update could not be read");
            return;
        }
        if (bytes.length > maxBytes) {
            ServletOps.error(413, "the update is longer than " + maxBytes + " bytes");
        }
        super.execute(action, new ByteArrayInputStream(rewritten(bytes)));
    }

    private static byte[] rewritten(byte[] bytes) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL,
                    Syntax.syntaxARQ);
        } catch (QueryException e) {
            return bytes;
        }
        return BoundedExpressions.bound(request).toString().getBytes(StandardCharsets.UTF_8);
    }
}
