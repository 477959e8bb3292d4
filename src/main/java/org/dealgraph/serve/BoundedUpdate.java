package org.dealgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update handler, given each update rewritten by {@link BoundedExpressions} as queries are: its
 * regular expressions stop at the timeout, its strings stay under the limit. An update that does not parse is
 * refused with 400 and a prefix of the parser's message in the log ({@link LogText}); Fuseki itself logs an
 * update's text only when it runs verbose, which dealgraph never asks. The text is already bounded by
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
        try {
            super.execute(action, new ByteArrayInputStream(rewritten(bytes, action)));
        } catch (ActionErrorException e) {
            // Fuseki reports an update stopped for building too long a string as a server error; it is the
            // client's, as for a query
            if (e.getCause() instanceof QueryDeniedException denied) {
                ServletOps.error(422, denied.getMessage());
            }
            throw e;
        }
    }

    private static byte[] rewritten(byte[] bytes, HttpAction action) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL,
                    Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // refused here, so that the log keeps a prefix of the message, which may quote the text
            String message = LogText.of(SPARQLProtocol.messageForParseException(e));
            action.log.warn(String.format("[%d] Parse error: %s", action.id, message));
            ServletOps.errorBadRequest(message);
            return bytes;
        } catch (QueryException e) {
            return bytes;
        }
        return BoundedExpressions.bound(request).toString().getBytes(StandardCharsets.UTF_8);
    }
}
