package vn.cascade.reader;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What every import endpoint shares: one import per caller at a time ({@link ImportGate}) and the meters of what the
 * imports yield ({@code cascade.<documents>.imports}, {@code cascade.<documents>.import.warnings}), the importer's
 * quality over time.
 */
public final class ImportDesk {

    private final ImportGate gate = new ImportGate();
    private final Counter drafted;
    private final DistributionSummary warnings;

    /** @param documents what the service imports, as its meters name it: {@code plan}, {@code directive} */
    public ImportDesk(MeterRegistry registry, String documents) {
        String kind = Character.toUpperCase(documents.charAt(0)) + documents.substring(1);
        this.drafted = Counter.builder("cascade." + documents + ".imports")
                .description(kind + " documents imported as drafts").register(registry);
        this.warnings = DistributionSummary.builder("cascade." + documents + ".import.warnings")
                .description("Warnings per imported " + documents + " document (what the importer could not place)")
                .register(registry);
    }

    /**
     * Takes the caller's import slot for the whole import (reading the body included); close it when done.
     *
     * @throws vn.cascade.common.problem.ProblemException 429 with Retry-After when the caller already has an import running
     */
    public ImportGate.Ticket enter(String caller) {
        return gate.enter(caller);
    }

    /** The gate, for tests that hold an import in it. */
    public ImportGate gate() {
        return gate;
    }

    /** Counts a document that became a draft, with the warnings it left for the clerk. */
    public void drafted(int warningCount) {
        drafted.increment();
        warnings.record(warningCount);
    }
}
