package org.dealgraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dealgraph} command: the entry point, and the only place that calls {@code System.exit}. */
@Command(name = "dealgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of AI-industry deals from news articles, and serves it over SPARQL.",
        subcommands = {IngestCommand.class, LoadCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class, BenchCommand.class,
                StatsCommand.class, DemoCommand.class, RemoveCommand.class, CheckCommand.class, CompactCommand.class,
                SummarizeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done (for ingest and load: every input stored or unchanged)",
                "1:failure: bad configuration, missing store, I/O error (the message says what to fix)",
                "2:bad usage: unknown command or option, missing argument, SPARQL syntax error",
                "3:ingest, load: some inputs were rejected (each listed with its reason), the rest were stored"})
public final class Main implements Runnable {

    static {
        quietLibraryLogging();
    }

    @Spec
    private CommandSpec spec;

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs dealgraph with {@code args} on the standard streams and returns the exit code. */
    public static int run(String... args) {
        return run(Terminal.system(), args);
    }

    static int run(Terminal terminal, String... args) {
        try {
            return commandLine(terminal).execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(terminal));
        cli.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        setExitCodes(cli);
        return cli;
    }

    private static void setExitCodes(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILURE);
        cli.getSubcommands().values().forEach(Main::setExitCodes);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. "
                + "'dealgraph ingest PATH...' or 'dealgraph demo'");
    }

    /**
     * Library logging at warnings only, except the server's request log, unless the user chose otherwise
     * ({@code -Dorg.slf4j.simpleLogger...} in {@code JAVA_OPTS}).
     */
    private static void quietLibraryLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "info");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dealgraph " + (version == null ? "(development build)" : version)};
        }
    }
}
