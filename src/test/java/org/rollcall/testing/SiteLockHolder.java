package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.rollcall.limits.control.SiteLock;

/** Test-only: holds the site lock as a settings change would, until the test lets go (or a minute passes). */
@ApplicationScoped
@Transactional
public class SiteLockHolder {

    @Inject
    SiteLock siteLock;

    public void hold(CountDownLatch held, CountDownLatch release) throws InterruptedException {
        siteLock.lock();
        held.countDown();
        release.await(1, TimeUnit.MINUTES);
    }
}
