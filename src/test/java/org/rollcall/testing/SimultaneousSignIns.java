package org.rollcall.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.rollcall.testing.Browser.Page;

/**
 * Many browsers posting their sign-in forms at the same instant, each on its own thread released by one latch:
 * how a Monday morning, a race for the last seat or a password-guessing flood arrives.
 */
public final class SimultaneousSignIns {

    private SimultaneousSignIns() {
    }

    /** Browser {@code i} posts {@code forms.get(i)} with {@code fields.apply(i)}; the answers in the same order. */
    public static List<Page> post(List<Browser> browsers, List<Page> forms, IntFunction<Map<String, String>> fields)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (int i = 0; i < browsers.size(); i++) {
                Browser browser = browsers.get(i);
                Page form = forms.get(i);
                Map<String, String> values = fields.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return browser.submit(form, "login", "submit", values);
                }));
            }
            start.countDown();
            List<Page> answers = new ArrayList<>();
            for (Future<Page> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
