package org.rotative.media.check;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only while the media check consumer runs: a stopped one would leave new articles' images unchecked. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    MediaCheckConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("media-check-consumer").status(consumer.running()).build();
    }
}
