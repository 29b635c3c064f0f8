package vn.cascade.local;

import java.io.PrintStream;

/** One line per step, with the seconds since the launcher started, so a slow start shows where it waits. */
final class Progress {

    private final long started = System.nanoTime();
    private final PrintStream out = System.out;

    void step(String what) {
        out.printf("[%5.1fs] %s%n", seconds(), what);
        out.flush();
    }

    /** A dot while waiting; the next step starts on a fresh line. */
    void tick() {
        out.print('.');
        out.flush();
    }

    void done(String what) {
        out.printf(" %s (%.1fs)%n", what, seconds());
        out.flush();
    }

    void plain(String line) {
        out.println(line);
        out.flush();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
