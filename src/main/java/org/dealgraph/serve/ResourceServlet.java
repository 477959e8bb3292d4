package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.dealgraph.export.JsonLdContext;

/**
 * Serves {@code /id/REST} as the resource {@code BASE + REST}: HTML, Turtle, JSON-LD, RDF/XML or N-Triples,
 * chosen by a file extension ({@code /id/organization/openai.ttl}) or else by the {@code Accept} header.
 * A negotiated answer is a direct 200 with {@code Vary: Accept} and a {@code Content-Location} naming the
 * extension's URL; an unknown resource is a 404, an unacceptable {@code Accept} a 406. A resource that many
 * facts are about is described a page of facts at a time ({@code ?page=N}, see {@link Describer}); a page past
 * the last is a 404, a {@code page} that is no number from 1 a 400.
 */
final class ResourceServlet extends HttpServlet {

    private static final Pattern EXTENSION = Pattern.compile("^(.+)\\.(html|ttl|jsonld|rdf|nt)$");
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,6}");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%/-]+");

    private final transient Describer describer;
    private final transient IriSpace space;
    private final transient PrefixMapping prefixes;

    ResourceServlet(Describer describer, IriSpace space, PrefixMapping prefixes) {
        this.describer = describer;
        this.space = space;
        this.prefixes = prefixes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getRequestURI().substring(request.getContextPath().length());
        rest = rest.startsWith(IriSpace.PREFIX) ? rest.substring(IriSpace.PREFIX.length()) : "";
        if (rest.isEmpty() || !SAFE_PATH.matcher(rest).matches()) {
            notFound(response, rest);
            return;
        }
        Optional<Representation> chosen;
        Matcher extension = EXTENSION.matcher(rest);
        boolean negotiated = !extension.matches();
        if (negotiated) {
            chosen = Representation.negotiate(request.getHeader("Accept"));
        } else {
            rest = extension.group(1);
            chosen = Representation.ofExtension(extension.group(2));
        }
        Node resource = NodeFactory.createURI(space.iri(rest));
        Optional<Integer> page = page(request.getParameter("page"));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1");
            return;
        }
        Describer.Description description = describer.describe(resource, page.get());
        if (description.graph().isEmpty()) {
            notFound(response, rest);
            return;
        }
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Offered: " + Representation.offered());
            return;
        }
        if (negotiated) {
            response.setHeader("Vary", "Accept");
            response.setHeader("Content-Location", IriSpace.PREFIX + rest + "." + chosen.get().extension());
        }
        write(resource, description, chosen.get(), response);
    }

    /** The page asked for, 1 when none is; empty when the parameter is no page number. */
    private static Optional<Integer> page(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(1);
        }
        if (!PAGE.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }

    private void write(Node resource, Describer.Description described, Representation form,
                       HttpServletResponse response) throws IOException {
        Graph description = described.graph();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(form.mediaType() + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        switch (form) {
            case HTML -> out.write(new ResourcePage(resource, description, space, prefixes, described.linkTotals())
                    .html(described.paging())
                    .getBytes(StandardCharsets.UTF_8));
            case JSON_LD -> JsonLdContext.write(description, space.iris(), out);
            default -> {
                description.getPrefixMapping().setNsPrefixes(prefixes);
                RDFWriter.source(description).format(form.format().orElseThrow()).output(out);
            }
        }
        out.flush();
    }

    private static void notFound(HttpServletResponse response, String rest) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(Html.page("Not found", "<h1>Not found</h1><p>The store says nothing about "
                + Html.escape(IriSpace.PREFIX + rest) + ".</p>").getBytes(StandardCharsets.UTF_8));
    }
}
