package org.rotative.ingest.status;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only while the status consumer runs: a stopped consumer would leave every article "accepted" forever. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    ArticleStatusUpdater updater;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("status-consumer").status(updater.running()).build();
    }
}
