package vn.cascade.reporting.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Where the reports of an organisation that no longer exists count in today's hierarchy (sáp nhập, chia tách,
 * đổi tên). The chain of successors is followed, through organisations that have gone too, to the ones that
 * exist today:
 * <ul>
 *   <li>one organisation at the end (a merger or a renaming, possibly several in a row): the reports count for it,
 *       at its path, as if it had made them;</li>
 *   <li>several (a split somewhere in the chain): no honest rule divides a count among them, so the reports count
 *       whole at their nearest common ancestor, as a row of their own below it ({@code ancestor path/own id});</li>
 *   <li>none (dissolved without successor, or the successors lie in different trees): they count nowhere today.</li>
 * </ul>
 */
public final class Successions {

    /** One restructuring link: {@code predecessor} was taken over (wholly or in part) by {@code successor}. */
    public record Link(UUID predecessor, UUID successor) {
    }

    /**
     * Where a gone organisation's reports count today.
     *
     * @param path       the path they count at: the successor's own, or the common ancestor's path followed by the
     *                   gone organisation's id
     * @param successors the organisations existing today that took over from it, by id
     */
    public record Placement(UUID organization, String path, List<UUID> successors) {

        /** Whether the reports stand as a row of their own under the successors' common ancestor. */
        public boolean split() {
            return successors.size() > 1;
        }
    }

    /** The links known and the current path of each organisation they name that exists today. */
    public record Input(Collection<Link> links, Map<UUID, String> pathsToday) {
    }

    private Successions() {
    }

    public static Map<UUID, Placement> resolve(Input input) {
        return resolve(input.links(), input.pathsToday());
    }

    /**
     * @param links        every restructuring link known
     * @param pathsToday   the path of each organisation that exists today (at least those the links name)
     * @return for each organisation named as a predecessor that does not exist today and whose reports count
     *         somewhere, where they count
     */
    public static Map<UUID, Placement> resolve(Collection<Link> links, Map<UUID, String> pathsToday) {
        Map<UUID, List<UUID>> successorsOf = new HashMap<>();
        for (Link link : links) {
            successorsOf.computeIfAbsent(link.predecessor(), key -> new ArrayList<>()).add(link.successor());
        }
        Map<UUID, Placement> placements = new LinkedHashMap<>();
        for (UUID gone : successorsOf.keySet()) {
            if (pathsToday.containsKey(gone)) {
                continue;
            }
            Set<UUID> existing = new TreeSet<>();
            Set<UUID> seen = new HashSet<>(Set.of(gone));
            Deque<UUID> toVisit = new ArrayDeque<>(successorsOf.get(gone));
            while (!toVisit.isEmpty()) {
                UUID next = toVisit.poll();
                if (!seen.add(next)) {
                    continue; // a cycle or a diamond: each organisation once
                }
                if (pathsToday.containsKey(next)) {
                    existing.add(next);
                } else {
                    toVisit.addAll(successorsOf.getOrDefault(next, List.of()));
                }
            }
            if (existing.size() == 1) {
                UUID successor = existing.iterator().next();
                placements.put(gone, new Placement(gone, pathsToday.get(successor), List.of(successor)));
            } else if (existing.size() > 1) {
                String ancestor = commonAncestorPath(existing.stream().map(pathsToday::get).toList());
                if (!ancestor.isEmpty()) {
                    placements.put(gone, new Placement(gone, ancestor + "/" + gone, List.copyOf(existing)));
                }
            }
        }
        return placements;
    }

    /** The longest path whose segments begin every given path ('/a/b/c' and '/a/b/d' give '/a/b'); '' if none. */
    public static String commonAncestorPath(List<String> paths) {
        String[] common = paths.getFirst().split("/");
        int length = common.length;
        for (String path : paths.subList(1, paths.size())) {
            String[] segments = path.split("/");
            int shared = 0;
            while (shared < Math.min(length, segments.length) && common[shared].equals(segments[shared])) {
                shared++;
            }
            length = shared;
        }
        // a path starts with '/', so its first segment is empty: one segment shared means nothing shared
        return length <= 1 ? "" : String.join("/", Arrays.copyOf(common, length));
    }
}
