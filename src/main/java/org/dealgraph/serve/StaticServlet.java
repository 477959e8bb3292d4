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
 * web folder, {@code /static/cytoscape/cytoscape.min.js} from the Cytoscape.js WebJar, the scripts of the
 * graph view's fCoSE layout ({@code /static/cytoscape-fcose/cytoscape-fcose.js}, {@code /static/cose-base/...},
 * {@code /static/layout-base/...}) from theirs, {@code /static/echarts/echarts.min.js} from the ECharts WebJar,
 * and {@code /static/yasgui/yasgui.min.js} (and its CSS) from the YASGUI package the build fetched.
 */
final class StaticServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "html", "text/html", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    /** The WebJars served, each with the folder of its scripts inside its version's folder. */
    private static final Map<String, String> LIBRARIES = Map.of("cytoscape", "dist/", "cytoscape-fcose", "",
            "cose-base", "", "layout-base", "", "echarts", "dist/");

    private final transient Map<String, String> versions = versions();

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
            case "yasgui" -> TextFiles.bytes("yasgui/" + parts[2]);
            default -> LIBRARIES.containsKey(parts[1]) && parts[2].endsWith(".js")
                    ? TextFiles.bytes(WEBJARS + parts[1] + "/" + versions.get(parts[1]) + "/"
                            + LIBRARIES.get(parts[1]) + parts[2])
                    : Optional.empty();
        };
    }

    private static Map<String, String> versions() {
        Map<String, String> versions = new java.util.HashMap<>();
        LIBRARIES.keySet().forEach(name -> versions.put(name, version(name)));
        return Map.copyOf(versions);
    }

    /** The version of the WebJar {@code name} on the class path, from its Maven properties. */
    private static String version(String name) {
        byte[] bytes = TextFiles.bytes("/META-INF/maven/org.webjars.npm/" + name + "/pom.properties").orElseThrow(
                () -> new IllegalStateException("the WebJar " + name + " is missing from the class path"));
        Properties properties = new Properties();
        try {
            properties.load(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the version of the WebJar " + name, e);
        }
        return properties.getProperty("version");
    }
}
