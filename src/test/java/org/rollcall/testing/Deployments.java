package org.rollcall.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Every integration test deploys the WAR the build just made, as it would ship, plus the test support classes:
 * no hand-kept class lists that drift from the product.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive rollcall() {
        File war = new File(System.getProperty("rollcall.war", "target/rollcall.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with mvn verify, which builds it");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage());
    }
}
