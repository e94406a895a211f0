package dev.botstore.web.pluginfiles;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;

/**
 * A plugin's file is somebody's upload served from the admin API's origin, so a browser must never
 * run it there: every file is sandboxed ({@code Content-Security-Policy: sandbox}, no scripts, no
 * same-origin), and a type a browser would execute or render as a document (HTML, SVG, XML,
 * JavaScript, PDF) is a download ({@code Content-Disposition: attachment}), never a page.
 */
final class SafeDownload {

    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "text/xml",
            "application/xml", "text/javascript", "application/javascript", "application/x-javascript",
            "application/ecmascript", "text/ecmascript", "application/pdf", "text/xsl", "text/css");

    private SafeDownload() {
    }

    static Response.ResponseBuilder headers(Response.ResponseBuilder response, String contentType, String path) {
        response.header("Content-Security-Policy", "sandbox");
        if (isActive(contentType)) {
            String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
            response.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        return response;
    }

    static boolean isActive(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return ACTIVE.contains(type) || type.endsWith("+xml");
    }
}
