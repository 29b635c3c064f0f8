package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.reporting.domain.Successions.Link;
import vn.cascade.reporting.domain.Successions.Placement;

class SuccessionsTest {

    private final UUID province = UUID.randomUUID();
    private final UUID camLo = UUID.randomUUID();
    private final UUID dongHa = UUID.randomUUID();
    private final UUID haiLang = UUID.randomUUID();
    private final UUID haiPhu = UUID.randomUUID();
    private final UUID haiPhuNorth = UUID.randomUUID();
    private final UUID haiPhuSouth = UUID.randomUUID();

    @Test
    void shouldCountAMergedOrganizationForItsSuccessor() {
        Map<UUID, Placement> placements = Successions.resolve(List.of(new Link(camLo, dongHa)),
                Map.of(dongHa, path(province, dongHa)));

        Placement placement = placements.get(camLo);
        assertEquals(path(province, dongHa), placement.path());
        assertEquals(List.of(dongHa), placement.successors());
        assertFalse(placement.split());
    }

    @Test
    void shouldFollowAChainOfRestructuringsToTheOrganizationThatExistsToday() {
        // Cam Lộ merged into Đông Hà, which was later renamed (a new id) and still exists
        UUID renamed = UUID.randomUUID();
        Map<UUID, Placement> placements = Successions.resolve(List.of(new Link(camLo, dongHa), new Link(dongHa, renamed)),
                Map.of(renamed, path(province, renamed)));

        assertEquals(path(province, renamed), placements.get(camLo).path());
        assertEquals(path(province, renamed), placements.get(dongHa).path());
    }

    @Test
    void shouldCountASplitOrganizationWholeAtItsSuccessorsNearestCommonAncestor() {
        Map<UUID, Placement> placements = Successions.resolve(
                List.of(new Link(haiPhu, haiPhuNorth), new Link(haiPhu, haiPhuSouth)),
                Map.of(haiPhuNorth, path(province, dongHa, haiPhuNorth), haiPhuSouth, path(province, haiLang, haiPhuSouth)));

        Placement placement = placements.get(haiPhu);
        assertTrue(placement.split());
        assertEquals(path(province, haiPhu), placement.path());
        assertEquals(2, placement.successors().size());
    }

    @Test
    void shouldLeaveOutOrganizationsThatExistOrWhoseSuccessorsAreAllGone() {
        UUID gone = UUID.randomUUID();
        Map<UUID, Placement> placements = Successions.resolve(
                List.of(new Link(dongHa, haiLang), new Link(camLo, gone), new Link(gone, camLo)),
                Map.of(dongHa, path(province, dongHa), haiLang, path(province, haiLang)));

        assertTrue(placements.isEmpty(), placements.toString());
    }

    @Test
    void shouldFindTheLongestSharedPathPrefixBySegment() {
        assertEquals("/a/b", Successions.commonAncestorPath(List.of("/a/b/c", "/a/b/d", "/a/b")));
        assertEquals("/a", Successions.commonAncestorPath(List.of("/a/bc", "/a/b")));
        assertEquals("", Successions.commonAncestorPath(List.of("/a/b", "/x/b")));
    }

    private static String path(UUID... ids) {
        StringBuilder path = new StringBuilder();
        for (UUID id : ids) {
            path.append('/').append(id);
        }
        return path.toString();
    }
}
