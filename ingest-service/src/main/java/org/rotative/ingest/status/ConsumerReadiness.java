package org.rotative.ingest.status;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rotative.ingest.newsroom.NewsroomInbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ready only while both consumers run: a stopped status consumer would leave every article "accepted" forever, a
 * stopped inbound consumer would ignore the newsrooms.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    ArticleStatusUpdater updater;
    @Inject
    NewsroomInbound inbound;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("consumers").status(updater.running() && inbound.running())
                .withData("status", updater.running()).withData("newsroom-inbound", inbound.running()).build();
    }
}
