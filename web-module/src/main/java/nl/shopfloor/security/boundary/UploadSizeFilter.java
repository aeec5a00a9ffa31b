package nl.shopfloor.security.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a form upload to the dashboard's pages larger than the Faces Servlet's multipart-config takes (web.xml) with
 * 413 and a message, before the container's parser would fail it with a 500. Up to that size a page says itself what
 * is too large (the article import takes 5 MB: ArticleRows.MAX_FILE_BYTES).
 */
public class UploadSizeFilter implements Filter {

    /** web.xml's max-request-size of the Faces Servlet. */
    static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024 + 64 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            Refusals.refuse(request, (HttpServletResponse) res, 413, "upload_too_large",
                    "form upload of " + request.getContentLengthLong() + " bytes",
                    "This file is too large: a file may be at most 5 MB.",
                    "Dit bestand is te groot: een bestand mag hoogstens 5 MB zijn.");
            return;
        }
        chain.doFilter(req, res);
    }
}
