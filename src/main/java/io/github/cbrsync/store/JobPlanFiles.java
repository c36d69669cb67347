package io.github.cbrsync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.JobStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plans of a connection's running bulk syncs, one small JSON file each in a folder beside the connection's
 * journal, written atomically when a bulk sync starts and deleted when it finishes. A file that cannot be read
 * is kept aside and skipped: it can only cost the offer to resume, never a start.
 */
public final class JobPlanFiles implements JobStore {
    private static final System.Logger LOG = System.getLogger(JobPlanFiles.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public JobPlanFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public void save(JobPlan plan) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", plan.id());
        root.put("created", plan.createdAt().toString());
        ArrayNode items = root.putArray("items");
        plan.items().forEach(i -> items.addObject().put("vaultId", i.vaultId()).put("vault", i.vaultName())
                .put("auto", i.autoTrigger()));
        OwnerOnlyFiles.createDirectories(folder);
        AtomicFiles.write(file(plan.id()), JSON.writeValueAsBytes(root));
    }

    @Override
    public List<JobPlan> loadAll() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JobPlan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    plans.add(read(JSON.readTree(Files.readAllBytes(f))));
                } catch (IOException | RuntimeException damaged) {
                    LOG.log(Level.WARNING, "bulk sync plan {0} unreadable ({1}); kept aside", f, damaged.toString());
                    AtomicFiles.keepAside(f);
                    Files.deleteIfExists(f);
                }
            }
        }
        return plans;
    }

    @Override
    public void delete(String jobId) throws IOException {
        Files.deleteIfExists(file(jobId));
    }

    private Path file(String jobId) {
        if (!jobId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("not a job ID: " + jobId);
        }
        return folder.resolve(jobId + ".json");
    }

    private static JobPlan read(JsonNode root) {
        List<JobPlan.Item> items = new ArrayList<>();
        for (JsonNode i : root.path("items")) {
            String vaultId = i.path("vaultId").asText("");
            if (vaultId.isEmpty()) {
                throw new IllegalArgumentException("an item without a vault ID");
            }
            items.add(new JobPlan.Item(vaultId, i.path("vault").asText(vaultId), i.path("auto").asBoolean(false)));
        }
        return new JobPlan(root.path("id").asText(), Instant.parse(root.path("created").asText()), items);
    }
}
