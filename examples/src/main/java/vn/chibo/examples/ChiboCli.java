package vn.chibo.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * chibo's command-line program. {@code phuong5} prints the seed scenario.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl examples -am compile exec:java -Dexec.args="phuong5"}.
 */
@Command(
        name = "chibo",
        mixinStandardHelpOptions = true,
        version = "chibo 0.1",
        description = "chibo: công tác xây dựng Đảng / party organisation work",
        subcommands = {Phuong5Command.class})
public final class ChiboCli implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    /** Runs the program and exits with its status when it is not zero. */
    public static void main(String[] args) {
        java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("org.hibernate.validator");
        quiet.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        if (code != 0) {
            System.exit(code);
        }
        quiet.setLevel(null);
    }

    /** Runs the program with the given streams and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ChiboCli());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
