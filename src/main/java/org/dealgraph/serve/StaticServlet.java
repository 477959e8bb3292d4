package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Files served from the class path, never from the network: {@code /static/web/NAME} from dealgraph's own
 * web folder, and {@code /static/cytoscape/cytoscape.min.js} from the Cytoscape.js WebJar.
 */
final class StaticServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "html", "text/html", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");
    private static final String WEBJAR = "/META-INF/resources/webjars/cytoscape/";

    private final transient String cytoscapeVersion = cytoscapeVersion();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<byte[]> bytes = resource(path);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream")
                + (extension.equals("png") ? "" : "; charset=utf-8"));
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(bytes.get());
    }

    private Optional<byte[]> resource(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !NAME.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "web" -> TextFiles.bytes("web/" + parts[2]);
            case "cytoscape" -> TextFiles.bytes(WEBJAR + cytoscapeVersion + "/dist/" + parts[2]);
            default -> Optional.empty();
        };
    }

    /** The version of the Cytoscape.js WebJar on the class path, from its Maven properties. */
    private static String cytoscapeVersion() {
        byte[] bytes = TextFiles.bytes("/META-INF/maven/org.webjars.npm/cytoscape/pom.properties").orElseThrow(
                () -> new IllegalStateException("the Cytoscape.js WebJar is missing from the class path"));
        Properties properties = new Properties();
        try {
            properties.load(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the Cytoscape.js WebJar's version", e);
        }
        return properties.getProperty("version");
    }
}
