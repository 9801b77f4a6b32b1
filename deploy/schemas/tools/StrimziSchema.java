import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;

/**
 * Writes a JSON Schema of Strimzi's custom resources from the Java model Strimzi publishes on Maven Central
 * (io.strimzi:api), read the way Strimzi's own CRD generator reads it: Jackson bean properties, required ones from
 * {@code @JsonProperty(required = true)}, polymorphic types flattened with their {@code type} discriminator, enums by
 * their JSON value. Fabric8 Kubernetes types used inside (resources, affinity…) are described the same way.
 *
 * Run by hand (see ../README.md): java -cp 'lib/*' StrimziSchema.java OUT.json
 */
public class StrimziSchema {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final DeserializationConfig config = mapper.getDeserializationConfig();
    private final Map<String, Object> definitions = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        StrimziSchema gen = new StrimziSchema();
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (String kind : List.of("kafka.Kafka", "nodepool.KafkaNodePool", "topic.KafkaTopic", "user.KafkaUser")) {
            Class<?> c = Class.forName("io.strimzi.api.kafka.model." + kind);
            kinds.put("kafka.strimzi.io/v1beta2/" + c.getSimpleName(), gen.ref(gen.mapper.constructType(c)));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$comment", "Maven Central io.strimzi:api:" + io.strimzi.api.kafka.model.kafka.Kafka.class.getPackage().getImplementationVersion() + " (Strimzi), read by tools/StrimziSchema.java");
        doc.put("kinds", kinds);
        doc.put("definitions", gen.definitions);
        gen.mapper.writeValue(new File(args[0]), doc);
    }

    private Map<String, Object> ref(JavaType type) {
        String name = type.getRawClass().getName();
        if (!definitions.containsKey(name)) {
            definitions.put(name, null); // reserved: recursive types
            definitions.put(name, objectSchema(type));
        }
        return Map.of("$ref", "#/definitions/" + name);
    }

    private Map<String, Object> objectSchema(JavaType type) {
        Map<String, Object> props = new TreeMap<>();
        List<String> required = new ArrayList<>();
        List<Object> discriminators = new ArrayList<>();
        AnnotatedClass ac = AnnotatedClassResolver.resolveWithoutSuperTypes(config, type.getRawClass());
        List<Class<?>> classes = new ArrayList<>();
        for (NamedType sub : mapper.getSubtypeResolver().collectAndResolveSubtypesByClass(config, ac)) {
            if (!java.lang.reflect.Modifier.isAbstract(sub.getType().getModifiers())) {
                classes.add(sub.getType());
                if (sub.hasName()) {
                    discriminators.add(sub.getName());
                }
            }
        }
        if (classes.isEmpty()) {
            classes.add(type.getRawClass());
        }
        for (Class<?> c : classes) {
            BeanDescription bean = config.introspect(mapper.constructType(c));
            for (BeanPropertyDefinition p : bean.findProperties()) {
                if (!p.hasSetter() && !p.hasField() && !p.hasConstructorParameter()) {
                    continue; // read-only: never accepted from a manifest
                }
                props.put(p.getName(), schema(p.getPrimaryType()));
                if (p.isRequired() && classes.size() == 1) {
                    required.add(p.getName());
                }
            }
        }
        if (!discriminators.isEmpty()) {
            props.put("type", Map.of("type", "string", "enum", discriminators));
            required.add("type");
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", props);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private Map<String, Object> schema(JavaType t) {
        Class<?> c = t.getRawClass();
        String n = c.getName();
        if (c == String.class || c == Character.class || c == char.class) {
            return Map.of("type", "string");
        }
        if (c == Boolean.class || c == boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class
                || c == short.class) {
            return Map.of("type", "integer");
        }
        if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            return Map.of("type", "number");
        }
        if (n.equals("io.fabric8.kubernetes.api.model.Quantity")) {
            return Map.of("type", List.of("string", "number"));
        }
        if (n.equals("io.fabric8.kubernetes.api.model.IntOrString")) {
            return Map.of("type", List.of("integer", "string"));
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", enumValues(c));
        }
        if (t.isCollectionLikeType() || t.isArrayType()) {
            return Map.of("type", "array", "items", schema(t.getContentType()));
        }
        if (t.isMapLikeType()) {
            Class<?> v = t.getContentType().getRawClass();
            return v == Object.class ? Map.of("type", "object")
                    : Map.of("type", "object", "additionalProperties", schema(t.getContentType()));
        }
        if (c == Object.class || n.startsWith("com.fasterxml.") || n.startsWith("java.")) {
            return Map.of(); // free-form JSON
        }
        return ref(t);
    }

    private static List<Object> enumValues(Class<?> c) {
        Method jsonValue = null;
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class)) {
                jsonValue = m;
            }
        }
        List<Object> values = new ArrayList<>();
        for (Object constant : c.getEnumConstants()) {
            try {
                values.add(jsonValue != null ? jsonValue.invoke(constant) : ((Enum<?>) constant).name());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
