package org.rollcall.sessions.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rollcall.sessions.entity.EndReason;

/**
 * Sends a browser to the sign-in page with the reason its session ended, for full page requests and for Faces
 * Ajax requests alike (an Ajax request can't follow a plain redirect).
 */
public final class SignInRedirect {

    public static final String PAGE = "/login.xhtml";
    public static final String REASON_PARAMETER = "ended";

    private SignInRedirect() {
    }

    public static String url(HttpServletRequest request, EndReason reason) {
        return request.getContextPath() + PAGE + "?" + REASON_PARAMETER + "=" + reason.name();
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, EndReason reason)
            throws IOException {
        sendTo(request, response, url(request, reason));
    }

    /** Sends the browser to {@code url}, in the way the request (a full page or Faces Ajax) can follow. */
    public static void sendTo(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"" + xmlAttribute(url) + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
