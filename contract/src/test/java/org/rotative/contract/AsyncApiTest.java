package org.rotative.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rotative.contract.event.EventType;
import org.rotative.contract.event.Topics;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document describes exactly the events and topics the code uses. */
class AsyncApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryEventTypeOnItsTopicWithItsSchema() throws IOException {
        Map<String, Object> doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            doc = new Yaml().load(in);
        }
        assertEquals("3.0.0", doc.get("asyncapi"));
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) doc.get("channels");
        Map<String, Map<String, Object>> messages = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) doc.get("components")).get("messages");

        Set<String> addresses = new HashSet<>();
        Set<String> documented = new HashSet<>();
        for (Map<String, Object> channel : channels.values()) {
            String address = (String) channel.get("address");
            addresses.add(address);
            for (Object ref : ((Map<String, Object>) channel.get("messages")).values()) {
                String name = ((String) ((Map<String, Object>) ref).get("$ref")).replace("#/components/messages/", "");
                Map<String, Object> message = messages.get(name);
                assertNotNull(message, "channel " + address + " names an unknown message " + name);
                String type = (String) message.get("name");
                EventType<?> eventType = EventType.of(type).orElseThrow(() ->
                        new AssertionError("message " + type + " is not an event type of the code"));
                assertEquals(eventType.topic(), address, type + " travels on " + eventType.topic());
                assertEquals(eventType.schemaResource(),
                        ((Map<String, Object>) message.get("payload")).get("$ref"), type + " schema");
                documented.add(type);
            }
        }
        assertEquals(new HashSet<>(Topics.ALL), addresses);
        assertEquals(EventType.ALL.stream().map(EventType::type).collect(java.util.stream.Collectors.toSet()),
                documented);
        assertTrue(channels.size() >= Topics.ALL.size());
    }
}
