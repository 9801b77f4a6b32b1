package org.rotative.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.rotative.contract.event.Topics;

/**
 * Waits for the broker, then creates the pipeline's topics when missing. Usage:
 * {@code CreateTopics BOOTSTRAP PARTITIONS}. Article topics are compacted: each keeps at least the latest event of
 * every article, so a new consumer (a new render instance, a rebuilt cache) can replay the whole site. The dead-letter
 * topic keeps every letter instead, for the retention Kafka gives it, as in deploy/.
 */
public final class CreateTopics {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics BOOTSTRAP PARTITIONS");
            System.exit(2);
        }
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, (short) 1).configs(Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG, Topics.DEAD_LETTER.equals(topic)
                                    ? TopicConfig.CLEANUP_POLICY_DELETE
                                    : TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another launcher may have created them meanwhile: only a real failure counts.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
            System.out.println("topics ready: " + String.join(", ", Topics.ALL));
        }
    }

    private CreateTopics() {
    }
}
