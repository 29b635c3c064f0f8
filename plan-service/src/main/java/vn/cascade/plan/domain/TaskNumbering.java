package vn.cascade.plan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The nesting of a plan's tasks, read from their numbers as the plan writes them (issue 19, point 3): "1.1.2" lies
 * under "1.1", "IV.2" under "IV". A task's parent is the task whose number is the longest proper prefix of its own,
 * segment by segment; with none (or no number: a bullet) it is at the top. Derived, never typed: an amendment that
 * renumbers moves the task.
 */
public final class TaskNumbering {

    private TaskNumbering() {
    }

    /** The segments of a number: "1.1." and "1.1)" are "1", "1"; case and spaces ignored. Empty for none. */
    public static List<String> segments(String number) {
        if (number == null) {
            return List.of();
        }
        String trimmed = number.strip().replaceAll("[.)\\s]+$", "");
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(trimmed.split("\\.")).map(segment -> segment.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /**
     * For each number, the index of its parent among the same list, or -1 at the top. Of several candidates with
     * the same number, the nearest one before the task is taken.
     */
    public static int[] parents(List<String> numbers) {
        List<List<String>> segmented = new ArrayList<>(numbers.size());
        numbers.forEach(number -> segmented.add(segments(number)));
        int[] parents = new int[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            parents[i] = -1;
            List<String> own = segmented.get(i);
            int bestLength = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = 0; j < numbers.size(); j++) {
                List<String> candidate = segmented.get(j);
                if (j == i || candidate.isEmpty() || candidate.size() >= own.size()
                        || !own.subList(0, candidate.size()).equals(candidate)) {
                    continue;
                }
                int distance = j < i ? i - j : numbers.size() + j - i; // before the task first, nearest first
                if (candidate.size() > bestLength || candidate.size() == bestLength && distance < bestDistance) {
                    parents[i] = j;
                    bestLength = candidate.size();
                    bestDistance = distance;
                }
            }
        }
        return parents;
    }
}
