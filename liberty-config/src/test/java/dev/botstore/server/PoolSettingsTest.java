package dev.botstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pool of the application's datasource behaves as the original's: at least 2 connections
 * (min_connections), each validated before use (pool_pre_ping) and closed after an hour
 * (pool_recycle=3600), all three configurable by variables.
 */
class PoolSettingsTest {

    private static final Path CONFIG = Path.of("src", "main", "liberty", "config");

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void theDatasourceValidatesBeforeUseAndRecyclesOldConnections(String backend) throws Exception {
        Element dataSource = byId(parse("datasource-" + backend + ".xml"), "dataSource", "botstore");
        assertEquals("${pool_validation_timeout}", dataSource.getAttribute("validationTimeout"), "validated before use");
        Element pool = (Element) dataSource.getElementsByTagName("connectionManager").item(0);
        assertEquals("${pool_recycle}", pool.getAttribute("agedTimeout"));
        assertEquals("${min_connections}", pool.getAttribute("minPoolSize"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"min_connections=2", "pool_recycle=3600", "pool_validation_timeout=10s"})
    void theDefaultsAreTheOriginals(String setting) throws Exception {
        String[] nameAndValue = setting.split("=");
        assertEquals(nameAndValue[1], byId(parse("server.xml"), "variable", nameAndValue[0]).getAttribute("defaultValue"),
                nameAndValue[0]);
    }

    private static Document parse(String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CONFIG.resolve(file).toFile());
    }

    private static Element byId(Document document, String tag, String id) {
        NodeList elements = document.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (id.equals(element.getAttribute("id")) || id.equals(element.getAttribute("name"))) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + "> " + id);
    }
}
