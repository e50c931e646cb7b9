package vn.chibo.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with the settings given on the command line and writes the figures as
 * Markdown, ready for {@code RESULTS.md}: each chibo measurement beside its baseline from the same
 * run, the ratio with its error (JMH's 99.9 % confidence intervals combined), the forks and
 * iterations, the target.
 *
 * <pre>{@code
 * java -cp benchmarks.jar vn.chibo.benchmarks.Results --forks 1 --warmup 2 --iterations 3 \
 *     --scale 0.001 --load-scale 0.0005 --h2 target/bench/chibo --out target/results.md
 * }</pre>
 */
public final class Results {
    /** The heap of most benchmark JVMs. */
    private static final String HEAP = "-Xmx3g";
    /** The heap of the JSON benchmarks' JVMs: the bound. */
    private static final String JSON_HEAP = "-Xmx64m";

    private final Map<String, String> options;

    private Results(Map<String, String> options) {
        this.options = options;
    }

    /**
     * Runs the benchmarks.
     *
     * @param args {@code --forks N}, {@code --warmup N}, {@code --iterations N}, {@code --seconds N}
     *     (per iteration), {@code --scale X} (classification, reports), {@code --load-scale X} (the
     *     in-memory load), {@code --h2-load-scale X} (the H2 load; 0 leaves it out), {@code --pg-load-scale X} (the PostgreSQL load;
     *     0 leaves it out), {@code --json-members N} (the JSON export and import), {@code --h2
     *     FILE} (the generated database the storage report reads), {@code --out FILE}
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Results(options).run();
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private int forks() {
        return Integer.parseInt(option("forks", "1"));
    }

    private void run() throws RunnerException, IOException {
        String scale = option("scale", "0.001");
        String loadScale = option("load-scale", "0.0005");
        String h2LoadScale = option("h2-load-scale", "0");
        String pgLoadScale = option("pg-load-scale", "0");
        String jsonMembers = option("json-members", "1000000");
        String h2 = option("h2", "");
        List<String> rows = new ArrayList<>();
        Collection<RunResult> classification =
                run(ClassificationBenchmark.class, false, Map.of("scale", scale, "year", "2024,2025"));
        int rated2024 = 0;
        for (String year : List.of("2024", "2025")) {
            ClassificationBenchmark size = new ClassificationBenchmark();
            size.scale = Double.parseDouble(scale);
            size.year = Integer.parseInt(year);
            size.setUp();
            rated2024 = year.equals("2024") ? size.members() : rated2024;
            rows.add(ratio(
                    "classification of the " + size.members() + " members reviewed in " + year + " under its regime",
                    classification,
                    "year=" + year,
                    false,
                    2.0,
                    "≤ 2× its time"));
        }
        Collection<RunResult> report = run(ReportBenchmark.class, false, Map.of("scale", scale));
        rows.add(ratio(
                "full recompute of the 2024 report per grade for the party and each province (" + rated2024
                        + " members rated), in memory",
                report,
                "",
                false,
                1.2,
                "≤ 1.2× its time"));
        Collection<RunResult> load = run(BulkLoadBenchmark.class, true, Map.of("scale", loadScale));
        rows.add(ratio(
                "bulk load of " + records(loadScale) + " records into the in-memory stores",
                load,
                "",
                true,
                0.8,
                "≥ 0.8× its rate"));
        if (!h2LoadScale.equals("0")) {
            Collection<RunResult> h2Load =
                    run(JdbcBulkLoadBenchmark.class, true, Map.of("scale", h2LoadScale, "database", "H2_FILE"), HEAP);
            rows.add(ratio(
                    "bulk load of the " + jdbcRecords(h2LoadScale) + " organisations and members of "
                            + records(h2LoadScale) + " records into an H2 file, against a hand-written JDBC batch"
                            + " of the same rows",
                    h2Load,
                    "",
                    true,
                    0.8,
                    "≥ 0.8× its rate"));
        }
        if (!pgLoadScale.equals("0")) {
            Collection<RunResult> pgLoad = run(
                    JdbcBulkLoadBenchmark.class, true, Map.of("scale", pgLoadScale, "database", "POSTGRESQL"), HEAP);
            rows.add(ratio(
                    "bulk load of the " + jdbcRecords(pgLoadScale) + " organisations and members of "
                            + records(pgLoadScale) + " records into PostgreSQL 18 (embedded), against a"
                            + " hand-written COPY of the same rows",
                    pgLoad,
                    "",
                    true,
                    0.8,
                    "≥ 0.8× its rate"));
        }
        Collection<RunResult> export = run(JsonExportBenchmark.class, true, Map.of("members", jsonMembers), JSON_HEAP);
        rows.add(ratio(
                "JSON export of " + jsonMembers + " generated members (-Xmx64m), against a hand-written"
                        + " JsonGenerator writing the same bytes",
                export,
                "",
                true,
                0.8,
                "≥ 0.8× its rate, heap ≤ 64 MB"));
        Collection<RunResult> imported =
                run(JsonImportBenchmark.class, true, Map.of("members", jsonMembers), JSON_HEAP);
        rows.add(ratio(
                "JSON import of the same document into a discarding loader (-Xmx64m), against a hand-written"
                        + " JsonParser making the same records",
                imported,
                "",
                true,
                0.8,
                "≥ 0.8× its rate, heap ≤ 64 MB"));
        if (!h2.isBlank()) {
            Collection<RunResult> storage = run(StorageReportBenchmark.class, false, Map.of("h2", h2));
            rows.add(absolute("national report from the maintained rollup (H2)", storage, "rollup", "< 0.1 s at 6 M"));
            rows.add(absolute(
                    "national report from the counts per grassroots organisation, summed over the tree (H2)",
                    storage,
                    "aggregates",
                    "(for comparison)"));
            rows.add(absolute(
                    "national report recomputed in SQL from the review rows, ancestor paths (H2)",
                    storage,
                    "reviewRowsByAncestorPath",
                    "(for comparison)"));
            rows.add(absolute(
                    "national report recomputed in SQL from the review rows, recursive CTE (H2)",
                    storage,
                    "reviewRowsByRecursiveCte",
                    "(for comparison)"));
        }
        Collection<RunResult> phuong5 = run(Phuong5ReportBenchmark.class, false, Map.of());
        rows.add(absolute(
                "the Phường 5 report (2021), warm, from an H2 file holding the scenario",
                phuong5,
                "report",
                "< 5 ms warm"));
        StringBuilder md = new StringBuilder();
        md.append("| what | chibo | baseline | ratio (± error) | target | met |\n");
        md.append("|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n')
                .append("Forks ")
                .append(forks())
                .append(", warm-up iterations ")
                .append(option("warmup", "2"))
                .append(", measured iterations ")
                .append(option("iterations", "3"))
                .append(" of ")
                .append(option("seconds", "1"))
                .append(" s (single-shot benchmarks: one load per iteration); errors are JMH's 99.9 % confidence"
                        + " half-widths, combined for the ratio as relative errors in quadrature; data scale ")
                .append(scale)
                .append(" (loads ")
                .append(loadScale)
                .append(h2LoadScale.equals("0") ? "" : ", H2 load " + h2LoadScale)
                .append(pgLoadScale.equals("0") ? "" : ", PostgreSQL load " + pgLoadScale)
                .append("; JSON ")
                .append(jsonMembers)
                .append(" members")
                .append(").\n");
        String out = option("out", "");
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        console.println();
        console.print(md);
        if (!out.isBlank()) {
            Files.writeString(Path.of(out), md.toString(), StandardCharsets.UTF_8);
        }
    }

    private static int jdbcRecords(String scale) {
        return Dataset.at(Double.parseDouble(scale)).organizationsAndMembers().size();
    }

    private static int records(String scale) {
        return Dataset.at(Double.parseDouble(scale)).records.size();
    }

    private Collection<RunResult> run(Class<?> benchmark, boolean singleShot, Map<String, String> params)
            throws RunnerException {
        return run(benchmark, singleShot, params, HEAP);
    }

    private Collection<RunResult> run(Class<?> benchmark, boolean singleShot, Map<String, String> params, String heap)
            throws RunnerException {
        int seconds = Integer.parseInt(option("seconds", "1"));
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(benchmark.getName() + ".*")
                .forks(forks())
                .warmupIterations(Integer.parseInt(option("warmup", "2")))
                .measurementIterations(Integer.parseInt(option("iterations", "3")))
                .jvmArgsAppend(heap, "-Djava.util.logging.config.file=/dev/null")
                .shouldFailOnError(true);
        if (!singleShot) {
            b.warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds));
        }
        params.forEach((k, v) -> b.param(k, v.split(",")));
        return new Runner(b.build()).run();
    }

    private static @Nullable RunResult find(Collection<RunResult> results, String method, String params) {
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            boolean paramsMatch = params.isEmpty() || params.equals(key(r, params.substring(0, params.indexOf('='))));
            if (label.endsWith("." + method) && paramsMatch) {
                return r;
            }
        }
        return null;
    }

    private static String key(RunResult r, String name) {
        return name + "=" + r.getParams().getParam(name);
    }

    /**
     * A row comparing chibo with its baseline: the ratio of times (chibo over baseline), or of
     * rates (chibo's over the baseline's) when {@code rate}, met when at most (times) or at least
     * (rates) {@code limit}.
     */
    private static String ratio(
            String what, Collection<RunResult> results, String params, boolean rate, double limit, String target) {
        RunResult domain = Objects.requireNonNull(find(results, "domain", params), "domain " + params);
        RunResult baseline = Objects.requireNonNull(find(results, "baseline", params), "baseline " + params);
        Result<?> d = domain.getPrimaryResult();
        Result<?> b = baseline.getPrimaryResult();
        double ratio = rate ? b.getScore() / d.getScore() : d.getScore() / b.getScore();
        double error = ratio * Math.sqrt(square(rel(d)) + square(rel(b)));
        boolean met = rate ? ratio >= limit : ratio <= limit;
        return "| " + what + " | " + score(d) + " | " + score(b) + " | " + fmt(ratio)
                + (Double.isNaN(error) ? "" : " ± " + fmt(error)) + "× " + (rate ? "rate" : "time") + " | " + target
                + " | " + (met ? "yes" : "no") + " |";
    }

    private static String absolute(String what, Collection<RunResult> results, String method, String target) {
        RunResult r = Objects.requireNonNull(find(results, method, ""), method);
        return "| " + what + " | " + score(r.getPrimaryResult()) + " | none | — | " + target + " | see note |";
    }

    private static double rel(Result<?> r) {
        return r.getScoreError() / r.getScore();
    }

    private static double square(double x) {
        return x * x;
    }

    private static String score(Result<?> r) {
        double e = r.getScoreError();
        return fmt(r.getScore()) + (Double.isNaN(e) ? "" : " ± " + fmt(e)) + " " + r.getScoreUnit();
    }

    private static String fmt(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return x >= 100
                ? String.format(Locale.ROOT, "%.0f", x)
                : x >= 10 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.3g", x);
    }
}
