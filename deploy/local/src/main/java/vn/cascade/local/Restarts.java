package vn.cascade.local;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The launcher's restart mode ({@code CASCADE_RESTART_DEAD_SERVICES=true} or {@code deploy/local/run --restart}): a
 * child that dies (a crash, {@code kill -9}) is started again with the same command, environment, ports and log,
 * after a back-off that doubles with each death in a row (1 s, 2 s, 4 s … at most 30 s) and starts again at 1 s
 * once the child has stayed up for a minute. Each death and each restart is a line on the launcher's output.
 * Without it the launcher stops the whole stack when a child dies, as before.
 */
final class Restarts {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** Up this long after a restart: the next death is the first of a new series. */
    static final Duration STABLE = Duration.ofMinutes(1);

    /** Per child: deaths in a row, when the last one was started, when the dead one may start again. */
    private static final class State {
        int deaths;
        long startedAt;
        long restartAt = -1;
    }

    private final Progress progress;
    private final LongSupplier nanoClock;
    private final Map<String, State> states = new HashMap<>();

    Restarts(Progress progress, LongSupplier nanoClock) {
        this.progress = progress;
        this.nanoClock = nanoClock;
    }

    /** On when {@code CASCADE_RESTART_DEAD_SERVICES} is true or the launcher got {@code --restart}. */
    static boolean enabled(java.util.List<String> options) {
        return options.contains("--restart") || Boolean.parseBoolean(System.getenv("CASCADE_RESTART_DEAD_SERVICES"));
    }

    /** The pause before the {@code deaths}-th restart in a row. */
    static Duration backoff(int deaths) {
        long seconds = FIRST_BACKOFF.toSeconds() << Math.min(Math.max(deaths - 1, 0), 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    /**
     * Called on every round of the launcher's watch with a child found dead: the first time it schedules the
     * restart (and says so), later it starts the child again once its back-off has passed. Returns the new
     * process, or null while waiting.
     */
    ChildProcess onDead(ChildProcess dead) throws IOException {
        State state = states.computeIfAbsent(dead.name(), name -> new State());
        long now = nanoClock.getAsLong();
        if (state.restartAt < 0) {
            if (state.deaths > 0 && now - state.startedAt > STABLE.toNanos()) {
                state.deaths = 0;
            }
            state.deaths++;
            Duration pause = backoff(state.deaths);
            state.restartAt = now + pause.toNanos();
            progress.step(dead.name() + " stopped unexpectedly (exit " + dead.exitValue() + "); restarting it in "
                    + pause.toSeconds() + " s (death " + state.deaths + " in a row; log " + dead.log() + ")");
            return null;
        }
        if (now < state.restartAt) {
            return null;
        }
        ChildProcess restarted = dead.restart();
        state.restartAt = -1;
        state.startedAt = now;
        progress.step(dead.name() + " restarted (pid " + restarted.pid() + ")");
        return restarted;
    }
}
