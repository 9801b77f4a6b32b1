package org.rotative.render.page;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rotative.render.RenderConfig;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

/**
 * Every HTML answer (pages, index pages) carries the site's Content-Security-Policy: a script that slipped into an
 * article cannot load code from anywhere, post a form elsewhere or frame the site ({@code rotative.render.content-
 * security-policy}).
 */
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @Inject
    RenderConfig config;

    @ServerResponseFilter
    public void addTo(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle(HEADER, config.contentSecurityPolicy());
        }
    }
}
