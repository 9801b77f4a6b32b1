package org.rotative.render.event;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only while the consumer runs: a stopped consumer would serve pages that never change again. */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    @Inject
    ParsedArticleConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("render-consumer").status(consumer.running()).build();
    }
}
