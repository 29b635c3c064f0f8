package vn.cascade.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the launcher started (Keycloak, a service): its output goes to a log file; stopping ends its tree. */
final class ChildProcess {

    private final String name;
    private final Path log;
    private final Process process;
    private final ProcessBuilder builder;

    private ChildProcess(String name, Path log, Process process, ProcessBuilder builder) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.builder = builder;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return new ChildProcess(name, log, builder.start(), builder);
    }

    /** The same command with the same environment again, its output appended to the same log. */
    ChildProcess restart() throws IOException {
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ChildProcess(name, log, builder.start(), builder);
    }

    /** How the process ended (128 + the signal when a signal ended it); -1 while it runs. */
    int exitValue() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of its log, to show why it failed. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to the process and anything it started, then SIGKILL to what is left after the grace period. */
    void stop(long graceSeconds) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
