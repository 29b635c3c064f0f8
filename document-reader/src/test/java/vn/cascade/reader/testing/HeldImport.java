package vn.cascade.reader.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.cascade.reader.ImportGate;

/**
 * Holds the first import that enters a gate, with its caller's slot, until the test releases it: a second import can
 * then be sent while the first certainly runs, with no timing involved. Closing releases it and restores the gate.
 */
public final class HeldImport implements AutoCloseable {

    private final ImportGate gate;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private HeldImport(ImportGate gate) {
        this.gate = gate;
        AtomicBoolean first = new AtomicBoolean(true);
        gate.whileHeld(caller -> {
            if (first.compareAndSet(true, false)) {
                entered.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    public static HeldImport in(ImportGate gate) {
        return new HeldImport(gate);
    }

    /** Whether the first import reached the gate within two minutes. */
    public boolean entered() throws InterruptedException {
        return entered.await(2, TimeUnit.MINUTES);
    }

    public void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release.countDown();
        gate.whileHeld(null);
    }
}
