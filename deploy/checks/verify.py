#!/usr/bin/env python3
"""The checks of deploy/check, on overlays it has already rendered (python3 standard library only).

usage: verify.py REPO_ROOT RENDER_DIR

RENDER_DIR holds, per overlay, <overlay>.status ("ok" or the error of `kubectl kustomize`) and, when it rendered,
<overlay>.json (the objects, as a stream of JSON documents). Prints one line per check, then "N passed, M failed";
exits 1 when one failed.
"""
import glob
import json
import os
import re
import sys

HEALTH = {"startupProbe": "/q/health/started", "livenessProbe": "/q/health/live", "readinessProbe": "/q/health/ready"}
# The metadata KEDA's scalers read (keda.sh/docs/latest/scalers): trigger metadata is a free map in the CRD, so a
# misspelt key would silently fall back to its default.
SCALER_METADATA = {
    "kafka": {"bootstrapServers", "bootstrapServersFromEnv", "consumerGroup", "consumerGroupFromEnv", "topic",
              "topicFromEnv", "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers",
              "scaleToZeroOnInvalidOffset", "excludePersistentLag", "limitToPartitionsWithLag",
              "ensureEvenDistributionOfPartitions", "partitionLimitation", "version", "sasl", "tls", "unsafeSsl"},
    "cpu": {"value", "containerName"},
    "memory": {"value", "containerName"},
}
# Keys a manifest may set although no application.properties names them: Quarkus' own, documented at quarkus.io.
KNOWN_QUARKUS_KEYS = {"quarkus.datasource.jdbc.max-size", "quarkus.datasource.jdbc.min-size",
                      "quarkus.log.level", "quarkus.http.port"}


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, name, why=""):
        if ok:
            self.passed += 1
            print("ok   " + name)
        else:
            self.failed += 1
            print("FAIL " + name + (": " + why if why else ""))
        return ok


# ---------------------------------------------------------------------------------------------------------------
# JSON Schema (the subset the schemas of deploy/schemas use)

class Schemas:
    def __init__(self, folder):
        self.by_kind = {}
        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            doc = json.load(open(path, encoding="utf-8"))
            for kind, schema in doc["kinds"].items():
                self.by_kind[kind] = (doc, schema, os.path.basename(path))

    def validate(self, obj):
        key = obj.get("apiVersion", "?") + "/" + obj.get("kind", "?")
        if key not in self.by_kind:
            return None, ["no schema for " + key + " in deploy/schemas (see its README)"]
        doc, schema, source = self.by_kind[key]
        errors = []
        validate(obj, schema, doc, "", errors)
        return source, errors


def resolve(doc, ref):
    node = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def type_ok(value, t):
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "null": value is None,
    }[t]


def validate(value, schema, doc, path, errors):
    if "$ref" in schema:
        validate(value, resolve(doc, schema["$ref"]), doc, path, errors)
        return
    if "anyOf" in schema:
        for option in schema["anyOf"]:
            sub = []
            validate(value, option, doc, path, sub)
            if not sub:
                return
        errors.append("%s: matches none of the allowed forms" % (path or "/"))
        return
    if "enum" in schema and value not in schema["enum"]:
        errors.append("%s: %r is not one of %s" % (path or "/", value, schema["enum"]))
        return
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        if not any(type_ok(value, t) for t in types):
            errors.append("%s: %s expected, got %s" % (path or "/", " or ".join(types), type(value).__name__))
            return
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if value.get(name) is None:
                errors.append("%s/%s: required" % (path, name))
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if item is None:
                continue  # null is "not set" for the API server
            if name in props:
                validate(item, props[name], doc, path + "/" + name, errors)
            elif extra is False:
                errors.append("%s/%s: unknown field" % (path, name))
            elif isinstance(extra, dict):
                validate(item, extra, doc, path + "/" + name, errors)
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], doc, "%s/%d" % (path, i), errors)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "minimum" in schema:
        if value < schema["minimum"]:
            errors.append("%s: %s is below %s" % (path, value, schema["minimum"]))
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append("%s: %r does not match %s" % (path, value, schema["pattern"]))


# ---------------------------------------------------------------------------------------------------------------
# What the services say about themselves

def kebab(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def env_name(key):
    """Quarkus' mapping of a configuration key to an environment variable."""
    return re.sub(r"[^A-Za-z0-9]", "_", key).upper()


def java_sources(folder):
    return sorted(glob.glob(os.path.join(folder, "src", "main", "java", "**", "*.java"), recursive=True))


class Service:
    """One Quarkus module: its configuration keys, port, consumer group and the topics its code uses."""

    def __init__(self, root, module, topics, event_topics):
        self.module = module
        folder = os.path.join(root, module)
        self.folder = folder
        self.properties = {}
        props = os.path.join(folder, "src", "main", "resources", "application.properties")
        for line in open(props, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            key = key.strip()
            if key.startswith("%"):
                profile, _, key = key.partition(".")
                if profile != "%prod":
                    continue
            self.properties[key] = value.strip()
        self.keys = set(self.properties)
        self.defaults = {}
        self.produced, self.consumed = set(), set()
        for path in java_sources(folder):
            text = open(path, encoding="utf-8").read()
            self._read_mapping(text)
            for m in re.finditer(r"(?:Outgoing<>\(|\.record\()\s*EventType\.(\w+)", text):
                if m.group(1) in event_topics:
                    self.produced.add(event_topics[m.group(1)])
            for m in re.finditer(r"\bTopics\.([A-Z_]+)\b", text):
                if m.group(1) in topics:
                    self.consumed.add(topics[m.group(1)])
            # Every consumer stage sends the records it cannot use to the dead-letter topic (contract EventStage).
            if "EventStage.start(" in text and "DEAD_LETTER" in topics:
                self.produced.add(topics["DEAD_LETTER"])
        self.http_port = int(self.properties.get("quarkus.http.port", "8080"))
        # Health and metrics: on the management interface when it is on (Quarkus' default port 9000), else on HTTP.
        self.management_port = (int(self.properties.get("quarkus.management.port", "9000"))
                                if self.properties.get("quarkus.management.enabled") == "true" else self.http_port)

    def _read_mapping(self, text):
        m = re.search(r'@ConfigMapping\(\s*prefix\s*=\s*"([^"]+)"\s*\)', text)
        if not m:
            return
        prefix = m.group(1)
        body = text[text.index("{", m.end()):]
        # Nested groups: "Cache cache();" with "interface Cache { String dir(); }" is the key prefix.cache.dir.
        interfaces = set(re.findall(r"\binterface\s+(\w+)", body))
        groups = {t: name for t, name in re.findall(r"^\s*(\w+)\s+(\w+)\(\)\s*;", body, re.M) if t in interfaces}
        scope, depth, pending = prefix, 0, {}
        for line in body.splitlines():
            a = re.match(r"\s*(?:static\s+)?interface\s+(\w+)", line)
            if a and a.group(1) in groups:
                scope = prefix + "." + kebab(groups[a.group(1)])
                depth = 0
            if scope != prefix:
                depth += line.count("{") - line.count("}")
            a = re.search(r'@WithDefault\("([^"]*)"\)', line)
            if a:
                pending["default"] = a.group(1)
            a = re.search(r'@WithName\("([^"]+)"\)', line)
            if a:
                pending["name"] = a.group(1)
            a = re.match(r"\s*([\w<>,.?\[\] ]+)\s+(\w+)\(\)\s*;", line)
            if a and a.group(1).strip() not in interfaces:
                key = scope + "." + pending.get("name", kebab(a.group(2)))
                self.keys.add(key)
                if "default" in pending:
                    self.defaults[key] = pending["default"]
                pending = {}
            elif a:
                pending = {}
            if scope != prefix and depth <= 0 and "}" in line:
                scope = prefix

    def group_ids(self, env):
        """The consumer groups: the mapping's *GroupId keys, each overridden by the Deployment's environment if set."""
        return {env.get(env_name(key), default) for key, default in self.defaults.items() if key.endswith("group-id")}

    def key_for_env(self, name, kafka_keys):
        if name.startswith("KAFKA_"):
            kafka_key = name[len("KAFKA_"):].lower().replace("_", ".")
            return ("kafka." + kafka_key) if kafka_key in kafka_keys else None
        for key in self.keys | KNOWN_QUARKUS_KEYS:
            if env_name(key) == name:
                return key
        return None


def read_topics(root):
    text = open(os.path.join(root, "contract", "src", "main", "java", "org", "rotative", "contract", "event",
                             "Topics.java"), encoding="utf-8").read()
    topics = dict(re.findall(r'public static final String (\w+)\s*=\s*"([^"]+)"', text))
    text = open(os.path.join(root, "contract", "src", "main", "java", "org", "rotative", "contract", "event",
                             "EventType.java"), encoding="utf-8").read()
    event_topics = {name: topics[const] for name, const in
                    re.findall(r"EventType<\w+>\s+(\w+)\s*=\s*new EventType<>\(\s*\"[^\"]*\"\s*,\s*Topics\.(\w+)", text)
                    if const in topics}
    return topics, event_topics


def read_dockerfile(path):
    text = open(path, encoding="utf-8").read()
    env = {}
    for m in re.finditer(r"^ENV\s+(.+)$", text, re.M):
        for k, v in re.findall(r'(\w+)=("[^"]*"|\S+)', m.group(1)):
            env[k] = v.strip('"')
    expose = [port for ports in re.findall(r"^EXPOSE\s+(.+)$", text, re.M) for port in ports.split()]
    user = re.findall(r"^USER\s+(\S+)", text, re.M)
    return text, env, expose, user


# ---------------------------------------------------------------------------------------------------------------
# The rendered manifests

def read_stream(path):
    text = open(path, encoding="utf-8").read()
    decoder, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = decoder.raw_decode(text, i)
        out.append(obj)


def selects(selector, labels):
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for e in selector.get("matchExpressions") or []:
        have = labels.get(e["key"])
        op = e["operator"]
        if op == "In" and have not in e.get("values", []):
            return False
        if op == "NotIn" and have in e.get("values", []):
            return False
        if op == "Exists" and e["key"] not in labels:
            return False
        if op == "DoesNotExist" and e["key"] in labels:
            return False
    return True


class Overlay:
    def __init__(self, name, objects):
        self.name = name
        self.objects = objects

    def of(self, kind):
        return [o for o in self.objects if o.get("kind") == kind]

    def named(self, kind, name):
        for o in self.of(kind):
            if o["metadata"].get("name") == name:
                return o
        return None


def container_env(overlay, container, r, where):
    """The container's environment: name → (value or None, source description)."""
    env = {}
    for ref in container.get("envFrom") or []:
        cm_ref = ref.get("configMapRef")
        if cm_ref:
            cm = overlay.named("ConfigMap", cm_ref["name"])
            if r.check(cm is not None, where + " envFrom ConfigMap " + cm_ref["name"] + " exists",
                       "not in the rendered overlay"):
                for k, v in (cm.get("data") or {}).items():
                    env[ref.get("prefix", "") + k] = (v, "ConfigMap " + cm_ref["name"])
        if ref.get("secretRef"):
            r.check(False, where + " envFrom Secret " + ref["secretRef"]["name"],
                    "a whole Secret as environment hides which keys are set: use env with secretKeyRef")
    for e in container.get("env") or []:
        value, source = e.get("value"), "value"
        vf = e.get("valueFrom") or {}
        if "configMapKeyRef" in vf:
            ref = vf["configMapKeyRef"]
            cm = overlay.named("ConfigMap", ref["name"])
            ok = cm is not None and ref["key"] in (cm.get("data") or {})
            r.check(ok, "%s env %s: ConfigMap %s has key %s" % (where, e["name"], ref["name"], ref["key"]),
                    "missing from the rendered overlay")
            value = (cm.get("data") or {}).get(ref["key"]) if cm else None
            source = "ConfigMap " + ref["name"]
        elif "secretKeyRef" in vf:
            value, source = None, "Secret " + vf["secretKeyRef"]["name"]
        env[e["name"]] = (value, source)
    return env


def secret_references(obj):
    """Every Secret name an object refers to, wherever the API puts it."""
    found = set()

    def walk(node, parent_key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("secretKeyRef", "secretRef") and isinstance(v, dict) and "name" in v:
                    found.add(v["name"])
                elif k == "secret" and isinstance(v, dict) and "secretName" in v:
                    found.add(v["secretName"])
                elif k == "secretName" and isinstance(v, str):
                    found.add(v)
                elif k in ("passwordSecret", "accessKeyId", "secretAccessKey") and isinstance(v, dict):
                    found.add(v["name"])
                elif k == "secretTargetRef" and isinstance(v, list):
                    found.update(x["name"] for x in v)
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, parent_key)

    walk(obj.get("spec", {}))
    for k, v in (obj.get("metadata", {}).get("annotations") or {}).items():
        if k.endswith("/auth-secret"):
            found.add(v)
    return found


# ---------------------------------------------------------------------------------------------------------------

def check_overlay(r, root, overlay, schemas, services, topics, kafka_keys, readme):
    name = overlay.name
    for obj in overlay.objects:
        label = "%s: %s %s" % (name, obj.get("kind"), obj.get("metadata", {}).get("name"))
        source, errors = schemas.validate(obj)
        r.check(not errors, label + " validates" + (" against " + source if source else ""), "; ".join(errors[:5]))

    # Secrets: never in the repository with values; each referenced one is written by an operator or documented.
    committed = [o["metadata"]["name"] for o in overlay.of("Secret") if o.get("data") or o.get("stringData")]
    r.check(not committed, name + ": no Secret with values in the manifests", ", ".join(committed))
    generated = {u["metadata"]["name"] for u in overlay.of("KafkaUser")}
    generated |= {k["metadata"]["name"] + "-cluster-ca-cert" for k in overlay.of("Kafka")}
    generated |= {c["metadata"]["name"] + suffix for c in overlay.of("Cluster") for suffix in ("-ca", "-app")}
    referenced = set()
    for obj in overlay.objects:
        referenced |= secret_references(obj)
    for secret in sorted(referenced):
        r.check(secret in generated or secret in readme,
                "%s: Secret %s is written by an operator or documented in deploy/README.md" % (name, secret),
                "neither a KafkaUser, Kafka or Cluster of the overlay writes it, nor does the README say how to "
                "create it")

    topic_objs = {t.get("spec", {}).get("topicName") or t["metadata"]["name"]: t for t in overlay.of("KafkaTopic")}
    r.check(set(topic_objs) == set(topics.values()),
            name + ": KafkaTopics are exactly the topics of contract Topics.java",
            "manifests %s, Topics.java %s" % (sorted(topic_objs), sorted(topics.values())))
    kafkas = {k["metadata"]["name"] for k in overlay.of("Kafka")}
    for kind in ("KafkaTopic", "KafkaUser", "KafkaNodePool"):
        for o in overlay.of(kind):
            cluster = o["metadata"].get("labels", {}).get("strimzi.io/cluster")
            r.check(cluster in kafkas, "%s: %s %s belongs to a Kafka of the overlay" % (name, kind,
                    o["metadata"]["name"]), "strimzi.io/cluster=%s, Kafkas: %s" % (cluster, sorted(kafkas)))

    deployments = {d["metadata"]["name"]: d for d in overlay.of("Deployment")}
    scaled = {s["spec"]["scaleTargetRef"]["name"]: s for s in overlay.of("ScaledObject")}
    for dname, dep in sorted(deployments.items()):
        where = "%s: Deployment %s" % (name, dname)
        svc = services.get(dname)
        if not r.check(svc is not None, where + " is a module of the repository", "no folder " + dname):
            continue
        pod = dep["spec"]["template"]["spec"]
        labels = dep["spec"]["template"]["metadata"].get("labels", {})
        r.check(selects(dep["spec"]["selector"], labels), where + " selector matches its pod template")
        (container,) = [c for c in pod["containers"] if c["name"] == dname] or [pod["containers"][0]]
        image = container.get("image", "")
        r.check(image.split(":")[0].endswith("rotative/" + dname), where + " runs image rotative/" + dname, image)
        ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
        r.check(svc.http_port in ports.values(), "%s container port = quarkus.http.port (%d)" % (where,
                svc.http_port), "ports %s" % ports)
        r.check(svc.management_port in ports.values(), "%s container port = the management port (%d)"
                % (where, svc.management_port), "ports %s" % ports)
        for probe, path in HEALTH.items():
            get = (container.get(probe) or {}).get("httpGet") or {}
            port = get.get("port")
            port = ports.get(port) if isinstance(port, str) else port
            r.check(get.get("path") == path and port == svc.management_port,
                    "%s %s is GET %s on port %d" % (where, probe, path, svc.management_port),
                    "got %s on port %s" % (get.get("path"), port))
        scrape = dep["spec"]["template"]["metadata"].get("annotations", {}).get("prometheus.io/port")
        r.check(scrape == str(svc.management_port), "%s: Prometheus scrapes the management port (%d)"
                % (where, svc.management_port), "prometheus.io/port %s" % scrape)
        sc = container.get("securityContext", {})
        psc = pod.get("securityContext", {})
        r.check(sc.get("readOnlyRootFilesystem") is True and sc.get("allowPrivilegeEscalation") is False
                and psc.get("runAsNonRoot") is True and "ALL" in (sc.get("capabilities", {}).get("drop") or []),
                where + " runs non-root, read-only, without privileges")
        res = container.get("resources", {})
        r.check(all(k in res.get("requests", {}) for k in ("cpu", "memory")) and "memory" in res.get("limits", {}),
                where + " has cpu/memory requests and a memory limit", json.dumps(res))

        env = container_env(overlay, container, r, where)
        for var, (value, source) in sorted(env.items()):
            key = svc.key_for_env(var, kafka_keys)
            r.check(key is not None, "%s env %s (%s) maps to a configuration key of %s" % (where, var, source,
                    dname), "no such key in application.properties, a @ConfigMapping, Quarkus or the Kafka client")

        # Kafka identity, ACLs and consumer group.
        groups = svc.group_ids({k: v for k, (v, _) in env.items() if v is not None})
        jaas = [e for e in container.get("env") or [] if e["name"] == "KAFKA_SASL_JAAS_CONFIG"]
        user_name = ((jaas[0].get("valueFrom") or {}).get("secretKeyRef") or {}).get("name") if jaas else None
        user = overlay.named("KafkaUser", user_name) if user_name else None
        if r.check(user is not None, where + " authenticates to Kafka as a KafkaUser of the overlay",
                   "KAFKA_SASL_JAAS_CONFIG comes from %s" % user_name):
            acls = user["spec"].get("authorization", {}).get("acls", [])

            def resources(kind, operation):
                return {a["resource"]["name"] for a in acls if a["resource"]["type"] == kind
                        and operation in (a.get("operations") or [a.get("operation")])}
            r.check(resources("topic", "Write") == svc.produced,
                    "%s: KafkaUser %s may write exactly the topics %s produces" % (name, user_name, dname),
                    "ACL %s, code %s" % (sorted(resources("topic", "Write")), sorted(svc.produced)))
            r.check(resources("topic", "Read") == svc.consumed,
                    "%s: KafkaUser %s may read exactly the topics %s consumes" % (name, user_name, dname),
                    "ACL %s, code %s" % (sorted(resources("topic", "Read")), sorted(svc.consumed)))
            r.check(resources("group", "Read") == groups,
                    "%s: KafkaUser %s may use exactly the consumer groups of %s (%s)" % (
                        name, user_name, dname, ", ".join(sorted(groups))),
                    "ACL %s" % sorted(resources("group", "Read")))
            other = {a["resource"]["type"] for a in acls} - {"topic", "group"}
            r.check(not other, "%s: KafkaUser %s has only topic and group ACLs" % (name, user_name), str(other))

        so = scaled.get(dname)
        if so:
            r.check(dep["spec"].get("replicas") is None,
                    where + " leaves its replica count to ScaledObject " + so["metadata"]["name"],
                    "spec.replicas would fight the autoscaler")
            for trig in [t for t in so["spec"]["triggers"] if t["type"] == "kafka"]:
                meta = trig["metadata"]
                topic = topic_objs.get(meta.get("topic"))
                r.check(meta.get("consumerGroup") in groups,
                        "%s: ScaledObject %s watches a consumer group of %s (%s)" % (
                            name, so["metadata"]["name"], dname, meta.get("consumerGroup")),
                        "%s's groups are %s" % (dname, sorted(groups)))
                r.check(meta.get("topic") in svc.consumed,
                        "%s: ScaledObject %s watches a topic %s consumes" % (name, so["metadata"]["name"], dname),
                        str(meta.get("topic")))
                if topic:
                    partitions = topic["spec"].get("partitions", 1)
                    r.check(so["spec"].get("maxReplicaCount", 100) <= partitions,
                            "%s: ScaledObject %s maxReplicaCount <= partitions of %s (%d)" % (
                                name, so["metadata"]["name"], meta["topic"], partitions),
                            "maxReplicaCount %s" % so["spec"].get("maxReplicaCount"))
                auth = (trig.get("authenticationRef") or {}).get("name")
                r.check(auth is None or overlay.named("TriggerAuthentication", auth) is not None,
                        "%s: ScaledObject %s authentication %s exists" % (name, so["metadata"]["name"], auth))
                bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS", (None, ""))[0]
                r.check(meta.get("bootstrapServers") == bootstrap,
                        "%s: ScaledObject %s reads the brokers %s uses" % (name, so["metadata"]["name"], dname),
                        "%s vs %s" % (meta.get("bootstrapServers"), bootstrap))

        # The image: Dockerfile.jvm consistent with the service and its pod.
        dockerfile = os.path.join(svc.folder, "src", "main", "docker", "Dockerfile.jvm")
        if r.check(os.path.isfile(dockerfile), "%s: %s/src/main/docker/Dockerfile.jvm exists" % (name, dname)):
            text, denv, expose, user = read_dockerfile(dockerfile)
            exposed = sorted({str(svc.http_port), str(svc.management_port)})
            r.check(sorted(expose) == exposed, "%s: Dockerfile.jvm of %s exposes %s" % (name, dname,
                    " and ".join(exposed)), "EXPOSE %s" % expose)
            run_as = psc.get("runAsUser")
            r.check(user and user[-1].isdigit() and user[-1] != "0" and int(user[-1]) == run_as,
                    "%s: Dockerfile.jvm of %s runs as the pod's non-root user (%s)" % (name, dname, run_as),
                    "USER %s" % user)
            r.check(denv.get("LANG", "").upper().replace("-", "") == "C.UTF8",
                    "%s: Dockerfile.jvm of %s sets LANG=C.UTF-8" % (name, dname))
            r.check("-XX:MaxRAMPercentage=" in denv.get("JAVA_OPTS_APPEND", "")
                    and denv.get("JAVA_APP_JAR") == "/deployments/quarkus-run.jar"
                    and "target/quarkus-app/" in text,
                    "%s: Dockerfile.jvm of %s runs quarkus-run.jar with a heap sized by MaxRAMPercentage" % (
                        name, dname))
            # UBI's run-java.sh adds the parallel collector tuned for footprint unless GC_CONTAINER_OPTIONS names one,
            # and heap free ratios that shrink a heap not fixed in size (deploy/README.md, "JVM"); an image starting
            # java itself names its collector among its options.
            ubi = "run-java.sh" in text
            gc_key = "GC_CONTAINER_OPTIONS" if ubi else "JAVA_OPTS_APPEND"
            r.check("-XX:+Use" in denv.get(gc_key, "") and "GC" in denv.get(gc_key, ""),
                    "%s: Dockerfile.jvm of %s chooses its collector (%s)" % (name, dname, gc_key),
                    "%s %r" % (gc_key, denv.get(gc_key)))
            if ubi:
                percent = dict(re.findall(r"-XX:(Max|Initial)RAMPercentage=(\S+)", denv.get("JAVA_OPTS_APPEND", "")))
                r.check(percent.get("Initial") is not None and percent.get("Initial") == percent.get("Max"),
                        "%s: Dockerfile.jvm of %s fixes its heap (InitialRAMPercentage = MaxRAMPercentage)" % (
                            name, dname), str(percent))

    for so in overlay.of("ScaledObject"):
        for trig in so["spec"].get("triggers", []):
            known = SCALER_METADATA.get(trig["type"])
            unknown = set(trig.get("metadata") or {}) - known if known else set()
            r.check(not unknown, "%s: ScaledObject %s %s trigger sets only metadata its scaler reads" % (
                name, so["metadata"]["name"], trig["type"]), "unknown: %s" % sorted(unknown))

    for svc_obj in overlay.of("Service"):
        sname = svc_obj["metadata"]["name"]
        targets = [d for d in deployments.values()
                   if selects({"matchLabels": svc_obj["spec"].get("selector", {})},
                              d["spec"]["template"]["metadata"].get("labels", {}))]
        ok = bool(targets)
        for p in svc_obj["spec"].get("ports", []):
            tp = p.get("targetPort", p["port"])
            for d in targets:
                ports = [cp for c in d["spec"]["template"]["spec"]["containers"] for cp in c.get("ports", [])]
                ok = ok and any(cp.get("name") == tp or cp["containerPort"] == tp for cp in ports)
        r.check(ok, "%s: Service %s selects a Deployment and its targetPort exists" % (name, sname))
    for ing in overlay.of("Ingress"):
        for rule in ing["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                be = path["backend"]["service"]
                s = overlay.named("Service", be["name"])
                port = be["port"].get("name", be["port"].get("number"))
                ok = s is not None and any(port in (p.get("name"), p["port"]) for p in s["spec"]["ports"])
                r.check(ok, "%s: Ingress %s %s goes to Service %s port %s" % (name, ing["metadata"]["name"],
                        path["path"], be["name"], port))
    for pdb in overlay.of("PodDisruptionBudget"):
        r.check(any(selects(pdb["spec"]["selector"], d["spec"]["template"]["metadata"].get("labels", {}))
                    for d in deployments.values()),
                "%s: PodDisruptionBudget %s selects a Deployment" % (name, pdb["metadata"]["name"]))
    names = set(deployments)
    for np in overlay.of("NetworkPolicy"):
        mentioned = set()

        def collect(node):
            if isinstance(node, dict):
                for e in node.get("matchExpressions") or []:
                    if e.get("key") == "app.kubernetes.io/name":
                        mentioned.update(e.get("values", []))
                if "app.kubernetes.io/name" in (node.get("matchLabels") or {}):
                    mentioned.add(node["matchLabels"]["app.kubernetes.io/name"])
                for v in node.values():
                    collect(v)
            elif isinstance(node, list):
                for v in node:
                    collect(v)
        collect(np["spec"])
        r.check(mentioned <= names, "%s: NetworkPolicy %s names only Deployments of the overlay" % (
            name, np["metadata"]["name"]), str(sorted(mentioned - names)))


def main(root, render_dir):
    r = Report()
    deploy = os.path.join(root, "deploy")
    schemas = Schemas(os.path.join(deploy, "schemas"))
    topics, event_topics = read_topics(root)
    kafka_keys = {line.strip() for line in open(os.path.join(deploy, "checks", "kafka-client-config.txt"))
                  if line.strip() and not line.startswith("#")}
    readme = open(os.path.join(deploy, "README.md"), encoding="utf-8").read()
    services = {}
    for props in glob.glob(os.path.join(root, "*", "src", "main", "resources", "application.properties")):
        module = props.split(os.sep)[-5]
        services[module] = Service(root, module, topics, event_topics)
    for status in sorted(glob.glob(os.path.join(render_dir, "*.status"))):
        name = os.path.basename(status)[:-len(".status")]
        text = open(status, encoding="utf-8").read().strip()
        if not r.check(text == "ok", "overlay %s renders (kubectl kustomize)" % name, text):
            continue
        check_overlay(r, root, Overlay(name, read_stream(os.path.join(render_dir, name + ".json"))), schemas,
                      services, topics, kafka_keys, readme)
    print("%d passed, %d failed" % (r.passed, r.failed))
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
