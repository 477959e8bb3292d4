package org.dealgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Serves one fixed text: a page of the web folder, or the JSON-LD context. */
final class FixedServlet extends HttpServlet {

    private final transient byte[] body;
    private final String contentType;

    FixedServlet(String text, String contentType) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(contentType + "; charset=utf-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getOutputStream().write(body);
    }
}
