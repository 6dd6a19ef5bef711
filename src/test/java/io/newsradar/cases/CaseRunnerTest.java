package io.newsradar.cases;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every check of every case folder under the system property {@code newsradar.cases} (default
 * {@code ../shared/cases}) against the product: a loopback web serving the check's {@code responses}, the real
 * fetcher pointed at it, then the handler for {@code given.task} ({@link CaseTasks}). Skips with a message when
 * the folder is absent. Resource limits {@code max_seconds} and {@code max_heap_growth_mb} are checked here.
 */
class CaseRunnerTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicNode> cases() throws IOException {
        Path root = Path.of(System.getProperty("newsradar.cases", "../shared/cases"));
        Assumptions.assumeTrue(Files.isDirectory(root), root + " absent: skipping the case runner");
        return casesUnder(root);
    }

    /** The project's own cases (same schema), in {@code src/test/resources/cases}; they need no shared data. */
    @TestFactory
    Stream<DynamicNode> projectCases() throws IOException, java.net.URISyntaxException {
        java.net.URL url = CaseRunnerTest.class.getResource("/cases");
        Assumptions.assumeTrue(url != null, "no project cases");
        return casesUnder(Path.of(url.toURI()));
    }

    private Stream<DynamicNode> casesUnder(Path root) throws IOException {
        Map<String, CaseTask> tasks = CaseTasks.standard();
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList()) {
                nodes.addAll(checks(dir, tasks));
            }
        }
        return nodes.stream();
    }

    private List<DynamicNode> checks(Path dir, Map<String, CaseTask> tasks) throws IOException {
        JsonNode doc = JSON.readTree(dir.resolve("expected.json").toFile());
        List<DynamicNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : doc.path("checks")) {
            CaseCheck check = new CaseCheck(dir, dir.getFileName().toString(), c.path("name").asString("check " + i),
                    c.path("given"), c.path("expect"));
            int n = i++;
            out.add(DynamicTest.dynamicTest(check.toString(), () -> run(check, tasks, n)));
        }
        return out;
    }

    private void run(CaseCheck check, Map<String, CaseTask> tasks, int n) throws Exception {
        CaseTask task = tasks.get(check.task());
        if (task == null) Assumptions.abort("skipped: no handler for task '" + check.task() + "'");
        Path data = Files.createDirectories(tmp.resolve(check.caseName() + "-" + n));
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        try (CaseContext ctx = new CaseContext(check, data)) {
            task.run(ctx);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (check.expect().has("max_seconds")) {
            org.assertj.core.api.Assertions.assertThat(seconds).as("wall time, s")
                    .isLessThanOrEqualTo(check.expect().get("max_seconds").asDouble());
        }
        if (check.expect().has("max_heap_growth_mb")) {
            double mb = (usedHeap() - heapBefore) / 1048576.0;
            org.assertj.core.api.Assertions.assertThat(mb).as("heap growth, MiB")
                    .isLessThanOrEqualTo(check.expect().get("max_heap_growth_mb").asDouble());
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
