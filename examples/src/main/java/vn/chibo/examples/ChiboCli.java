package vn.chibo.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;
import vn.chibo.examples.cli.ExportCommand;
import vn.chibo.examples.cli.GenerateCommand;
import vn.chibo.examples.cli.ImportCommand;
import vn.chibo.examples.cli.ReportCommand;

/**
 * chibo's command-line program: {@code phuong5} prints the seed scenario (and checks the reports of
 * its H2 file), {@code generate} loads generated national data into a database, {@code report}
 * reports a year's reviews from it, {@code export} writes its records as a JSON snapshot and {@code
 * import} stores such a snapshot, all or nothing.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl examples -am compile exec:java -Dexec.args="phuong5"}.
 *
 * <p>An error is one line on the error stream and a non-zero exit status (1 for a failure, 2 for a
 * wrong command line); {@code --verbose} adds the stack trace. A refused bulk load or import says
 * on that line how many violations there were and the first; when there were more, the first
 * {@value #VIOLATIONS_LISTED} follow, one a line (path, rule, message).
 */
@Command(
        name = "chibo",
        mixinStandardHelpOptions = true,
        version = "chibo 0.1",
        description = "chibo: công tác xây dựng Đảng / party organisation work",
        subcommands = {
            Phuong5Command.class,
            GenerateCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            ImportCommand.class
        })
public final class ChiboCli implements Callable<Integer> {
    /** How many violations of a refused load are listed under its error line. */
    static final int VIOLATIONS_LISTED = 10;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "on an error, print the stack trace too")
    private boolean verbose;

    /** Runs the program and exits with its status when it is not zero. */
    public static void main(String[] args) {
        java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("org.hibernate.validator");
        quiet.setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger flyway = java.util.logging.Logger.getLogger("org.flywaydb");
        flyway.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        if (code != 0) {
            System.exit(code);
        }
        quiet.setLevel(null);
        flyway.setLevel(null);
    }

    /** Runs the program with the given streams and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ChiboCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(ChiboCli::failed);
        cli.setParameterExceptionHandler(ChiboCli::misused);
        return cli.execute(args);
    }

    /** A command failed: one line, the stack trace under {@code --verbose}, exit status 1. */
    private static int failed(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("chibo " + cli.getCommandName() + ": " + oneLine(e));
        if (e instanceof BulkLoadRejectedException rejected) {
            violations(rejected).forEach(err::println);
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** The command line was wrong: one line naming the help, exit status 2. */
    /**
     * The lines under a refused load's error line: none for one violation; else the first {@value
     * #VIOLATIONS_LISTED}, one a line (path, rule, message), and how many more there were.
     */
    static List<String> violations(BulkLoadRejectedException rejected) {
        List<String> lines = new ArrayList<>();
        if (rejected.total() > 1) {
            List<Violation> kept = rejected.violations();
            List<Violation> listed = kept.subList(0, Math.min(VIOLATIONS_LISTED, kept.size()));
            for (Violation v : listed) {
                lines.add(flat("  " + v.path() + " [" + v.rule() + "]: " + v.message()));
            }
            if (rejected.total() > listed.size()) {
                lines.add("  … " + (rejected.total() - listed.size()) + " more");
            }
        }
        return lines;
    }

    private static int misused(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("chibo " + cli.getCommandName() + ": " + oneLine(e) + " (--help)");
        if (verbose(cli.getParseResult())) {
            e.printStackTrace(err);
        }
        err.flush();
        return 2;
    }

    private static boolean verbose(@org.jspecify.annotations.Nullable ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, on one line: the first violation of rejected input, the cause of a storage failure. */
    static String oneLine(Throwable e) {
        String text;
        if (e instanceof BulkLoadRejectedException rejected) {
            Violation first = rejected.violations().get(0);
            text = "refused, nothing stored: " + rejected.total()
                    + (rejected.total() == 1 ? " violation: " : " violations, the first: ") + first.path() + ": "
                    + first.message() + " [" + first.rule() + "]";
        } else if (e instanceof InvalidInputException invalid) {
            Violation first = invalid.violations().get(0);
            int more = invalid.violations().size() - 1;
            String message = String.valueOf(invalid.getMessage());
            int colon = message.indexOf(":\n");
            text = (colon < 0 ? "" : message.substring(0, colon) + ": ") + first.path() + ": " + first.message() + " ["
                    + first.rule() + "]" + (more > 0 ? " (+" + more + ")" : "");
        } else {
            String message = e.getMessage();
            text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
            Throwable cause = e.getCause();
            if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
                text = text + ": " + cause.getMessage();
            }
        }
        return flat(text).strip();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
