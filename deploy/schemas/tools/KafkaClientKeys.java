/** Prints the configuration names of the Kafka producer, consumer and admin clients (for ../../checks/kafka-client-config.txt). */
import java.util.TreeSet;
public class KafkaClientKeys {
    public static void main(String[] a) {
        TreeSet<String> s = new TreeSet<>();
        s.addAll(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        s.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
        s.addAll(org.apache.kafka.clients.admin.AdminClientConfig.configNames());
        s.forEach(System.out::println);
    }
}
