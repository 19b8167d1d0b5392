package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * One service, with a typed component for each attribute of the specification's service definition
 * (short and long syntax read into one form). Attributes left generic ({@code develop},
 * {@code blkio_config}, {@code credential_spec}, {@code provider}, {@code models},
 * {@code storage_opt}), unknown keys and values of the wrong shape are kept in
 * {@code otherAttributes}, so nothing written is dropped. {@code attributeLocations} tells where
 * each key is written; {@code location} is the service's own key.
 */
public record Service(
        String name,
        SourceLocation location,
        Optional<String> image,
        Optional<BuildSpec> build,
        Optional<CommandLine> command,
        Optional<CommandLine> entrypoint,
        List<EnvVar> environment,
        List<EnvFile> envFiles,
        List<PortMapping> ports,
        List<String> expose,
        List<ServiceVolume> volumes,
        List<String> volumesFrom,
        List<Dependency> dependsOn,
        List<ServiceNetwork> networks,
        Optional<String> networkMode,
        List<FileReference> secrets,
        List<FileReference> configs,
        Optional<Healthcheck> healthcheck,
        Optional<Deploy> deploy,
        Optional<String> restart,
        List<String> profiles,
        List<KeyValue> labels,
        List<String> labelFiles,
        List<KeyValue> annotations,
        Optional<Logging> logging,
        Optional<Extends> extendsFrom,
        Optional<String> containerName,
        Optional<String> hostname,
        Optional<String> domainname,
        Optional<String> user,
        Optional<String> workingDir,
        Optional<Boolean> readOnly,
        Optional<Boolean> privileged,
        Optional<Boolean> init,
        Optional<Boolean> tty,
        Optional<Boolean> stdinOpen,
        Optional<Boolean> attach,
        Optional<String> stopSignal,
        Optional<TimeSpan> stopGracePeriod,
        List<String> capAdd,
        List<String> capDrop,
        List<String> securityOpt,
        List<String> groupAdd,
        Optional<String> pid,
        Optional<String> ipc,
        Optional<String> uts,
        Optional<String> usernsMode,
        Optional<String> cgroup,
        Optional<String> cgroupParent,
        Optional<String> isolation,
        Optional<String> runtime,
        Optional<String> platform,
        Optional<String> pullPolicy,
        Optional<String> pullRefreshAfter,
        List<String> dns,
        List<String> dnsOpt,
        List<String> dnsSearch,
        List<ExtraHost> extraHosts,
        Optional<String> macAddress,
        List<String> links,
        List<String> externalLinks,
        List<DeviceMapping> devices,
        List<String> deviceCgroupRules,
        List<DeviceRequest> gpus,
        List<String> tmpfs,
        List<Ulimit> ulimits,
        List<KeyValue> sysctls,
        Optional<Double> cpus,
        Optional<Long> cpuCount,
        Optional<Long> cpuPercent,
        Optional<Long> cpuShares,
        Optional<Long> cpuQuota,
        Optional<Long> cpuPeriod,
        Optional<Long> cpuRtPeriod,
        Optional<Long> cpuRtRuntime,
        Optional<String> cpuset,
        Optional<ByteSize> memLimit,
        Optional<ByteSize> memReservation,
        Optional<ByteSize> memswapLimit,
        Optional<Long> memSwappiness,
        Optional<ByteSize> shmSize,
        Optional<Long> pidsLimit,
        Optional<Boolean> oomKillDisable,
        Optional<Long> oomScoreAdj,
        Optional<Long> scale,
        Optional<Boolean> useApiSocket,
        List<ServiceHook> postStart,
        List<ServiceHook> preStop,
        Map<String, SourceLocation> attributeLocations,
        Map<String, YValue> otherAttributes,
        Map<String, YValue> extensions) {

    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        environment = List.copyOf(environment);
        envFiles = List.copyOf(envFiles);
        ports = List.copyOf(ports);
        expose = List.copyOf(expose);
        volumes = List.copyOf(volumes);
        volumesFrom = List.copyOf(volumesFrom);
        dependsOn = List.copyOf(dependsOn);
        networks = List.copyOf(networks);
        secrets = List.copyOf(secrets);
        configs = List.copyOf(configs);
        profiles = List.copyOf(profiles);
        labels = List.copyOf(labels);
        labelFiles = List.copyOf(labelFiles);
        annotations = List.copyOf(annotations);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        securityOpt = List.copyOf(securityOpt);
        groupAdd = List.copyOf(groupAdd);
        dns = List.copyOf(dns);
        dnsOpt = List.copyOf(dnsOpt);
        dnsSearch = List.copyOf(dnsSearch);
        extraHosts = List.copyOf(extraHosts);
        links = List.copyOf(links);
        externalLinks = List.copyOf(externalLinks);
        devices = List.copyOf(devices);
        deviceCgroupRules = List.copyOf(deviceCgroupRules);
        gpus = List.copyOf(gpus);
        tmpfs = List.copyOf(tmpfs);
        ulimits = List.copyOf(ulimits);
        sysctls = List.copyOf(sysctls);
        postStart = List.copyOf(postStart);
        preStop = List.copyOf(preStop);
        attributeLocations = Copies.ordered(attributeLocations);
        otherAttributes = Copies.ordered(otherAttributes);
        extensions = Copies.ordered(extensions);
    }

    /** Where {@code attribute} is written in this service, if it is. */
    public Optional<SourceLocation> locationOf(String attribute) {
        return Optional.ofNullable(attributeLocations.get(attribute));
    }

    /** Whether the service declares {@code attribute} at all (typed or not). */
    public boolean declares(String attribute) {
        return attributeLocations.containsKey(attribute);
    }

    /** The networks this service joins, by name. */
    public List<String> networkNames() {
        return networks.stream().map(ServiceNetwork::name).toList();
    }

    /** The services this one depends on, by name, in the order written. */
    public List<String> dependencyNames() {
        return dependsOn.stream().map(Dependency::service).toList();
    }
}
