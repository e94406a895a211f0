package it.dev.botstore.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR that the build produced, deployed as is. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive botstoreEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("botstore.ear")));
    }
}
