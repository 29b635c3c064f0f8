package vn.cascade.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.cascade.plan.domain.PlanReadStamp;
import vn.cascade.plan.rest.dto.PlanResponse;

/**
 * The read model of {@code GET /api/v1/plans/{id}} (issue 18, docs/benchmarks.md run 6): the answer of each recently
 * read plan, kept with the {@link PlanReadStamp} it was built under. A read first reads the stamp (one statement of
 * version columns, which also decides whether the caller may see the plan); while it equals the kept one, the kept
 * answer is the answer, the same object, so that its JSON and ETag are not built again either
 * ({@code ConditionalRequests}). Any change to what the answer shows moves the stamp (a version grows or the day
 * turns), in this instance or another: the next read builds the answer anew. An answer read after its stamp can
 * only be newer than the stamp, and a superseded stamp never comes back, so nothing stale is ever served.
 */
@ApplicationScoped
public class PlanAnswers {

    /** Plans kept, the least recently read dropped first: a few MB at about 10 KB of JSON and its records each. */
    static final int CAPACITY = 256;

    private record Kept(PlanReadStamp stamp, PlanResponse answer) {
    }

    private final Map<UUID, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
            return size() > CAPACITY;
        }
    });

    /** The kept answer while its stamp holds, else the one {@code build} reads now (kept for the next read). */
    public PlanResponse answer(UUID id, PlanReadStamp stamp, Supplier<PlanResponse> build) {
        Kept found = kept.get(id);
        if (found != null && found.stamp().equals(stamp)) {
            return found.answer();
        }
        PlanResponse answer = build.get();
        kept.put(id, new Kept(stamp, answer));
        return answer;
    }
}
