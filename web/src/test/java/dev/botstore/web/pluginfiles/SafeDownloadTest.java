package dev.botstore.web.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeDownloadTest {

    @Test
    void typesABrowserWouldRunOrRenderAsADocumentAreDownloads() {
        for (String type : new String[] {"text/html", "TEXT/HTML; charset=UTF-8", "image/svg+xml", "application/xml",
                "text/xml", "text/javascript", "application/xhtml+xml", "application/rss+xml", "application/pdf"}) {
            assertTrue(SafeDownload.isActive(type), type);
        }
        for (String type : new String[] {"image/png", "text/plain", "application/json", "application/octet-stream",
                "audio/mpeg"}) {
            assertFalse(SafeDownload.isActive(type), type);
        }
    }
}
