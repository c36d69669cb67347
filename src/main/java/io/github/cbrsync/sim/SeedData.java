package io.github.cbrsync.sim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The simulator's vaults: about two dozen hybrid vaults of a plausible enterprise (data centres, branch
 * offices, VMware clusters) plus a few public ones that a correct client never shows. Generated from a seed,
 * so every run and every test sees the same account.
 */
final class SeedData {
    private static final String[] HYBRID_NAMES = {
        "dc1-vmware-prod", "dc1-vmware-test", "dc2-esxi-cluster-a", "dc2-esxi-cluster-b", "hq-fileserver",
        "hq-exchange", "erp-sap-hana", "erp-app-tier", "crm-oracle-db", "branch-shanghai", "branch-shenzhen",
        "branch-chengdu", "branch-wuhan", "factory-mes", "factory-scada-hist", "dev-gitlab", "dev-jenkins",
        "finance-archive", "hr-payroll", "dr-replica-north", "dr-replica-south", "lab-hyperv", "media-nas",
        "legacy-as400-bridge"};
    private static final String[] PUBLIC_NAMES = {"ecs-web-frontend", "evs-db-volumes", "sfs-turbo-share",
        "rds-orders"};
    private static final String[] SERVER_PREFIXES = {"esx", "app", "db", "fs", "win", "lnx"};

    private SeedData() {
    }

    static List<SimVault> vaults(long seed, String projectId, int extraHybrid) {
        Random random = new Random(seed);
        List<SimVault> vaults = new ArrayList<>();
        LocalDateTime base = LocalDateTime.of(2025, 3, 1, 9, 0);
        for (int i = 0; i < HYBRID_NAMES.length; i++) {
            vaults.add(vault(random, HYBRID_NAMES[i], "hybrid", hybridStatus(i), base.plusDays(i * 11L), projectId));
        }
        for (int i = 1; i <= extraHybrid; i++) {
            vaults.add(vault(random, String.format("site-%03d", i), "hybrid", "available", base.plusHours(i),
                    projectId));
        }
        for (int i = 0; i < PUBLIC_NAMES.length; i++) {
            vaults.add(vault(random, PUBLIC_NAMES[i], "public", "available", base.plusDays(i * 17L), projectId));
        }
        return vaults;
    }

    /** A few vaults in the states an administrator meets on a bad day. */
    private static String hybridStatus(int index) {
        return switch (index) {
            case 7 -> "lock";
            case 15 -> "frozen";
            case 21 -> "error";
            default -> "available";
        };
    }

    private static SimVault vault(Random random, String name, String cloudType, String status,
                                  LocalDateTime createdAt, String projectId) {
        long sizeGb = new long[] {100, 500, 1024, 2048, 5120, 10240, 20480}[random.nextInt(7)];
        double usedShare = 0.05 + random.nextDouble() * 0.9;
        long usedMb = (long) (sizeGb * 1024 * usedShare);
        int resourceCount = 1 + random.nextInt(6);
        List<SimVault.SimResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            String server = name.replaceAll("-(prod|test)$", "") + "-"
                    + SERVER_PREFIXES[random.nextInt(SERVER_PREFIXES.length)] + String.format("%02d", r + 1);
            resources.add(new SimVault.SimResource(uuid(random), server, 40 + random.nextInt(960),
                    random.nextInt(60)));
        }
        String description = "hybrid".equals(cloudType)
                ? "Backups replicated from the on-premises backup appliance"
                : "Cloud server backups";
        String protectType = "hybrid".equals(cloudType) && name.startsWith("dr-") ? "replication" : "backup";
        return new SimVault(uuid(random), name, description, cloudType, protectType, status, sizeGb, usedMb,
                resources, createdAt.plusSeconds(random.nextInt(86_400)).plusNanos(random.nextInt(1_000_000) * 1000L),
                projectId);
    }

    static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
