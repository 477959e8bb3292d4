package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.dealgraph.export.JsonLdContext;

/**
 * Serves the VoID description ({@code /void} and {@code /.well-known/void}), counted afresh on each request,
 * in the form the {@code Accept} header asks for (HTML shows the Turtle), with {@code Vary: Accept}.
 */
final class VoidServlet extends HttpServlet {

    private final transient GraphSource source;
    private final transient IriSpace space;

    VoidServlet(GraphSource source, IriSpace space) {
        this.source = source;
        this.space = space;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> chosen = Representation.negotiate(request.getHeader("Accept"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Offered: " + Representation.offered());
            return;
        }
        String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Model model = VoidDescription.of(source, server, space);
        response.setHeader("Vary", "Accept");
        response.setContentType(chosen.get().mediaType() + "; charset=utf-8");
        switch (chosen.get()) {
            case HTML -> response.getOutputStream().write(Html.page("The dataset", "<h1>The dataset</h1>\n"
                    + "<p>Its VoID description, counted from the store now:</p>\n<pre>"
                    + Html.escape(turtle(model)) + "</pre>").getBytes(StandardCharsets.UTF_8));
            case JSON_LD -> JsonLdContext.write(model.getGraph(), space.iris(), response.getOutputStream());
            default -> RDFWriter.source(model).format(chosen.get().format().orElseThrow())
                    .output(response.getOutputStream());
        }
    }

    private static String turtle(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
