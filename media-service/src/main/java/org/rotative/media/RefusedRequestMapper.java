package org.rotative.media;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Every refused request, whatever the endpoint, as a JSON {@link ErrorResponse} with its status. */
public class RefusedRequestMapper {

    @Inject
    MediaConfig config;

    @ServerExceptionMapper
    Response refused(RefusedRequestException e) {
        Response answer = ErrorResponse.answer(e.status(), e.error(), e.getMessage());
        if (e.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            // Busy or too slow now: worth trying again once a request now waiting would have had its turn.
            return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER,
                    Math.max(1, config.resizeWait().toSeconds())).build();
        }
        return answer;
    }
}
