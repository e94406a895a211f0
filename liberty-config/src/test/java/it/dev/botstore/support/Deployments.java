package it.dev.botstore.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR that the build produced, deployed as is. */
public final class Deployments {

    /** Name and context root of the web module that carries in-container test methods. */
    public static final String PROBE = "botstore-it-probe";

    private Deployments() {
    }

    public static EnterpriseArchive botstoreEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("botstore.ear")));
    }

    /**
     * The EAR plus a web module holding {@code classes} (the test class and what it needs), for test methods that run inside the
     * server with the EAR's classes and EJBs at hand; Arquillian adds its servlet to that module.
     * The application's own web module keeps its context root {@code /}, which the Liberty adapter
     * cannot address; the probe is named like its context root because the adapter derives the
     * address from the name.
     */
    public static EnterpriseArchive botstoreEarWithProbe(Class<?>... classes) {
        EnterpriseArchive ear = botstoreEar();
        ear.addAsModule(Testable.archiveToTest(ShrinkWrap.create(WebArchive.class, PROBE + ".war").addClasses(classes)));
        String applicationXml = text(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><web><web-uri>" + PROBE + ".war</web-uri><context-root>/"
                        + PROBE + "</context-root></web></module>\n  <library-directory>");
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    private static String text(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
