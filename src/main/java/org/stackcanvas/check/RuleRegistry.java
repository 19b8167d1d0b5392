package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.check.rules.*;

/**
 * All rules, in one place: the composition root for checking. Instances are immutable; make one per
 * application (or test) and pass it where it is needed.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public RuleRegistry(List<Rule> extra) {
        for (Rule r : engineRules()) {
            add(r);
        }
        for (Rule r : extra) {
            add(r);
        }
    }

    /** Every rule StackCanvas ships. */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new BuildContextMissingRule(),
                new ConfigFileMissingRule(),
                new ContainerNameWithReplicasRule(),
                new DangerousCapabilityRule(),
                new DatabaseDependencyWithoutConditionRule(),
                new DatabasePortPublishedRule(),
                new DependencyCycleRule(),
                new DependsOnProfileServiceRule(),
                new DockerSocketRule(),
                new DockerfileAddRule(),
                new DockerfileAptListsRule(),
                new DockerfileAptRecommendsRule(),
                new DockerfileMaintainerRule(),
                new DockerfileNoHealthcheckRule(),
                new DockerfileRootUserRule(),
                new DockerfileSecretRule(),
                new DockerfileShellFormRule(),
                new DockerfileSingleStageRule(),
                new DockerfileUnpinnedBaseRule(),
                new DuplicateContainerNameRule(),
                new DuplicateEnvironmentVariableRule(),
                new EnvFileMissingRule(),
                new ExtendsTargetMissingRule(),
                new HealthyWithoutHealthcheckRule(),
                new HeavyImageRule(),
                new HostDeviceRule(),
                new HostIpcRule(),
                new HostNetworkRule(),
                new HostPidRule(),
                new HostPortConflictRule(),
                new HostUsernsRule(),
                new HostUtsRule(),
                new ImageNoDigestRule(),
                new ImageNoTagRule(),
                new InvalidByteSizeRule(),
                new InvalidDurationRule(),
                new InvalidPortRule(),
                new LatestTagRule(),
                new LoggingDisabledRule(),
                new NoCapDropRule(),
                new NoCpuLimitRule(),
                new NoHealthcheckRule(),
                new NoImageOrBuildRule(),
                new NoLogRotationRule(),
                new NoMemoryLimitRule(),
                new NoNewPrivilegesRule(),
                new NoPidsLimitRule(),
                new NoRestartPolicyRule(),
                new NoUserRule(),
                new ObsoleteVersionRule(),
                new PrivilegedRule(),
                new ReadOnlyRootFsRule(),
                new RootUserRule(),
                new SecretFileMissingRule(),
                new SecretInEnvironmentRule(),
                new SelfDependencyRule(),
                new SensitiveHostPathRule(),
                new ServiceKeyOrderRule(),
                new ServicesSortedRule(),
                new UnconfinedProfileRule(),
                new UndefinedConfigRule(),
                new UndefinedDependencyRule(),
                new UndefinedLinkRule(),
                new UndefinedNetworkRule(),
                new UndefinedSecretRule(),
                new UndefinedVolumeRule(),
                new UnsetVariableRule(),
                new UnusedConfigRule(),
                new UnusedNetworkRule(),
                new UnusedSecretRule(),
                new UnusedVolumeRule(),
                new VariableOnlyInEnvFileRule()
        ));
    }

    /** Only the engine's own rules plus {@code chosen}; for tests of single rules. */
    public static RuleRegistry of(Rule... chosen) {
        return new RuleRegistry(List.of(chosen));
    }

    private void add(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rules.putIfAbsent(rule.id(), rule) != null) {
            throw new IllegalArgumentException("two rules with id " + rule.id());
        }
    }

    private static List<Rule> engineRules() {
        List<Rule> out = new ArrayList<>();
        out.add(new EngineRule(EngineRule.YAML_SYNTAX, Category.SYNTAX, "YAML syntax error",
                "A compose file must be valid YAML; nothing else can be checked until it parses. "
                + "See https://yaml.org/spec/1.2.2/"));
        out.add(new EngineRule(EngineRule.EMPTY_FILE, Category.SYNTAX, "Empty compose file",
                "An empty compose file defines nothing; docker compose stops with \"empty compose file\". "
                + "See https://docs.docker.com/reference/compose-file/"));
        out.add(new EngineRule(EngineRule.SCHEMA, Category.SCHEMA, "Not valid for the Compose Specification",
                "Each key and value must match the Compose Specification's JSON schema: unknown keys (often "
                + "typos or keys of other tools) and values of the wrong type are rejected by docker compose. "
                + "See https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json"));
        out.add(new EngineRule(EngineRule.PROJECT_LOAD, Category.REFERENCE, "Project cannot be loaded",
                "Compose could not load the project as a whole (merging files, include, extends, "
                + "interpolation); docker compose would stop with this error. "
                + "See https://docs.docker.com/compose/how-tos/multiple-compose-files/"));
        return out;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    EngineRule engine(String id) {
        return (EngineRule) rules.get(id);
    }
}
