package org.rotative.render.page;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** HTML answers for stored pages, with conditional GET: the revision is the ETag, so an unchanged page costs a 304. */
final class PageResponses {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** Caches may keep pages but must check the revision again before reusing one. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    static Response html(Request request, String revision, String html) {
        EntityTag etag = new EntityTag(revision);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(html, HTML);
        return answer.tag(etag).cacheControl(REVALIDATE).build();
    }

    private PageResponses() {
    }
}
