package org.rollcall.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rollcall.usage.control.UsageRecording;

/**
 * Test-only: {@code /it/record-usage} records the hours around now as each node's sweep does, for browser tests,
 * which can't wait for the test servers' one-day sweep. Answers 204. Only in test deployments.
 */
@WebServlet(UsageControlServlet.RECORD)
public class UsageControlServlet extends HttpServlet {

    public static final String RECORD = "/it/record-usage";
    private static final long serialVersionUID = 1L;

    @Inject
    UsageRecording recording;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        recording.record();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
