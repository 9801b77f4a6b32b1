#!/usr/bin/env python3
"""Writes ../cloudnative-pg.json: CloudNativePG and Barman Cloud plugin kinds, transcribed from their CRDs (see ../README.md)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cloudnative-pg.json")
ANY = {}
S = {"type": "string"}; B = {"type": "boolean"}; I = {"type": "integer"}
def obj(props, required=(), extra=False):
    o = {"type": "object", "properties": props, "additionalProperties": extra}
    if required: o["required"] = list(required)
    return o
strmap = {"type": "object", "additionalProperties": S}
localref = obj({"name": S}, ["name"])
secretkey = obj({"name": S, "key": S}, ["name", "key"])
quantity = {"type": ["string", "number"]}
resources = obj({"limits": {"type": "object", "additionalProperties": quantity},
                 "requests": {"type": "object", "additionalProperties": quantity},
                 "claims": {"type": "array", "items": ANY}})
storage = obj({"size": S, "storageClass": S, "resizeInUseVolumes": B, "pvcTemplate": ANY})
meta = {"type": "object", "properties": {"name": S, "namespace": S, "labels": strmap, "annotations": strmap},
        "additionalProperties": True}
initdb = obj({"database": S, "owner": S, "secret": localref, "options": {"type": "array", "items": S},
              "dataChecksums": B, "encoding": S, "localeCollate": S, "localeCType": S, "locale": S,
              "localeProvider": S, "icuLocale": S, "icuRules": S, "builtinLocale": S, "walSegmentSize": I,
              "postInitSQL": {"type": "array", "items": S}, "postInitApplicationSQL": {"type": "array", "items": S},
              "postInitTemplateSQL": {"type": "array", "items": S}, "postInitSQLRefs": ANY,
              "postInitApplicationSQLRefs": ANY, "postInitTemplateSQLRefs": ANY, "import": ANY})
recovery = obj({"source": S, "database": S, "owner": S, "secret": localref, "backup": localref,
                "recoveryTarget": obj({"targetTime": S, "targetLSN": S, "targetXID": S, "targetName": S,
                                       "targetImmediate": B, "targetTLI": S, "exclusive": B, "backupID": S}),
                "volumeSnapshots": ANY})
role = obj({"name": S, "ensure": {"type": "string", "enum": ["present", "absent"]}, "login": B, "superuser": B,
            "createdb": B, "createrole": B, "inherit": B, "replication": B, "bypassrls": B,
            "connectionLimit": I, "validUntil": S, "comment": S, "disablePassword": B,
            "passwordSecret": localref, "inRoles": {"type": "array", "items": S}}, ["name"])
plugin = obj({"name": S, "enabled": B, "isWALArchiver": B, "parameters": strmap}, ["name"])
cluster_spec = obj({
    "affinity": obj({"enablePodAntiAffinity": B, "topologyKey": S,
                     "podAntiAffinityType": {"type": "string", "enum": ["preferred", "required"]},
                     "nodeSelector": strmap, "nodeAffinity": ANY, "tolerations": {"type": "array", "items": ANY},
                     "additionalPodAffinity": ANY, "additionalPodAntiAffinity": ANY}),
    "backup": ANY, "bootstrap": obj({"initdb": initdb, "recovery": recovery, "pg_basebackup": ANY}),
    "certificates": ANY, "description": S, "enablePDB": B, "enableSuperuserAccess": B,
    "env": {"type": "array", "items": ANY}, "envFrom": {"type": "array", "items": ANY},
    "ephemeralVolumeSource": ANY, "ephemeralVolumesSizeLimit": ANY,
    "externalClusters": {"type": "array", "items": obj({"name": S, "connectionParameters": strmap,
                                                           "plugin": plugin, "barmanObjectStore": ANY,
                                                           "sslCert": ANY, "sslKey": ANY, "sslRootCert": ANY,
                                                           "password": ANY}, ["name"])},
    "failoverDelay": I, "imageCatalogRef": ANY, "imageName": S,
    "imagePullPolicy": {"type": "string", "enum": ["Always", "Never", "IfNotPresent"]},
    "imagePullSecrets": {"type": "array", "items": localref}, "inheritedMetadata": ANY,
    "instances": {"type": "integer", "minimum": 1}, "livenessProbeTimeout": I,
    "logLevel": {"type": "string", "enum": ["error", "warning", "info", "debug", "trace"]},
    "managed": obj({"roles": {"type": "array", "items": role}, "services": ANY}),
    "maxSyncReplicas": I, "minSyncReplicas": I,
    "monitoring": obj({"enablePodMonitor": B, "customQueriesConfigMap": ANY, "customQueriesSecret": ANY,
                       "disableDefaultQueries": B, "podMonitorMetricRelabelings": ANY,
                       "podMonitorRelabelings": ANY, "tls": ANY}),
    "nodeMaintenanceWindow": obj({"inProgress": B, "reusePVC": B}),
    "plugins": {"type": "array", "items": plugin},
    "podSecurityContext": ANY, "postgresGID": I, "postgresUID": I,
    "postgresql": obj({"parameters": strmap, "pg_hba": {"type": "array", "items": S},
                       "pg_ident": {"type": "array", "items": S}, "shared_preload_libraries": {"type": "array", "items": S},
                       "synchronous": ANY, "ldap": ANY, "promotionTimeout": I, "enableAlterSystem": B,
                       "syncReplicaElectionConstraint": ANY, "extensions": ANY}),
    "primaryUpdateMethod": {"type": "string", "enum": ["switchover", "restart"]},
    "primaryUpdateStrategy": {"type": "string", "enum": ["unsupervised", "supervised"]},
    "priorityClassName": S, "probes": ANY, "projectedVolumeTemplate": ANY, "replica": ANY,
    "replicationSlots": ANY, "resources": resources, "schedulerName": S, "seccompProfile": ANY,
    "securityContext": ANY, "serviceAccountName": S, "serviceAccountTemplate": ANY, "smartShutdownTimeout": I,
    "startDelay": I, "stopDelay": I, "storage": storage, "superuserSecret": localref, "switchoverDelay": I,
    "tablespaces": {"type": "array", "items": ANY}, "topologySpreadConstraints": {"type": "array", "items": ANY},
    "walStorage": storage}, ["instances"])
scheduled_spec = obj({
    "backupOwnerReference": {"type": "string", "enum": ["none", "self", "cluster"]}, "cluster": localref,
    "immediate": B, "method": {"type": "string", "enum": ["barmanObjectStore", "volumeSnapshot", "plugin"]},
    "online": B, "onlineConfiguration": obj({"immediateCheckpoint": B, "waitForArchive": B}),
    "pluginConfiguration": obj({"name": S, "parameters": strmap}, ["name"]), "schedule": S, "suspend": B,
    "target": {"type": "string", "enum": ["primary", "prefer-standby"]}}, ["cluster", "schedule"])
compression = {"type": "string", "enum": ["bzip2", "gzip", "lz4", "snappy", "xz", "zstd"]}
objectstore_spec = obj({
    "configuration": obj({
        "destinationPath": S, "endpointURL": S, "endpointCA": secretkey, "serverName": S,
        "s3Credentials": obj({"accessKeyId": secretkey, "secretAccessKey": secretkey, "region": secretkey,
                              "sessionToken": secretkey, "inheritFromIAMRole": B}),
        "azureCredentials": ANY, "googleCredentials": ANY, "tags": strmap, "historyTags": strmap,
        "wal": obj({"compression": compression, "encryption": S, "maxParallel": I, "archiveAdditionalCommandArgs": ANY,
                    "restoreAdditionalCommandArgs": ANY}),
        "data": obj({"compression": compression, "encryption": S, "jobs": I, "immediateCheckpoint": B,
                     "additionalCommandArgs": ANY})}, ["destinationPath"]),
    "retentionPolicy": {"type": "string", "pattern": "^[1-9][0-9]*[dwm]$"},
    "instanceSidecarConfiguration": ANY}, ["configuration"])
def kind(api, k, spec, spec_required=True):
    return obj({"apiVersion": {"enum": [api]}, "kind": {"enum": [k]}, "metadata": meta, "spec": spec,
                "status": ANY}, ["apiVersion", "kind", "metadata"] + (["spec"] if spec_required else []))
doc = {"$comment": "Transcribed by hand from CloudNativePG's CRDs (postgresql.cnpg.io_clusters.yaml, "
       "postgresql.cnpg.io_scheduledbackups.yaml, 1.27) and the Barman Cloud plugin's (barmancloud.cnpg.io_objectstores.yaml): "
       "neither project publishes its schemas to a package registry. The spec fields of those kinds are listed by name "
       "(an unknown one is an error); the fields these manifests use are typed in full, the others accept any value. "
       "See README.md.",
       "kinds": {"postgresql.cnpg.io/v1/Cluster": kind("postgresql.cnpg.io/v1", "Cluster", cluster_spec),
                 "postgresql.cnpg.io/v1/ScheduledBackup": kind("postgresql.cnpg.io/v1", "ScheduledBackup", scheduled_spec),
                 "barmancloud.cnpg.io/v1/ObjectStore": kind("barmancloud.cnpg.io/v1", "ObjectStore", objectstore_spec)},
       "definitions": {}}
json.dump(doc, open(OUT, 'w'), indent=1)
open(OUT, 'a').write("\n")
