package dev.botstore.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A page of a list as the response to a GET with {@code limit} and {@code offset}. The original
 * returns these lists whole; here they are paged, and a full page carries a
 * {@code Link: <…>; rel="next"} header (RFC 8288) to the following one, so that a client can tell
 * there may be more without the body, the original's plain list, changing. A page shorter than
 * {@code limit} is the last; the page after a full last page is empty.
 */
public final class Pages {

    private Pages() {
    }

    public static Response of(List<?> page, int limit, int offset, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.size() >= limit) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("limit", limit)
                    .replaceQueryParam("offset", (long) offset + limit).build(), "next");
        }
        return response.build();
    }
}
