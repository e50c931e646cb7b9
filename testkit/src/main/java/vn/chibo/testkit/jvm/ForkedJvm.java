package vn.chibo.testkit.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a JVM of its own and returns what it printed. */
public final class ForkedJvm {
    private ForkedJvm() {}

    /**
     * Runs {@code main} with {@code jvmOptions} (e.g. {@code -Xmx32m}) and {@code args}; fails the
     * test unless it exits with 0 within ten minutes.
     *
     * @return its standard output and error, together
     */
    public static String run(Class<?> main, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
