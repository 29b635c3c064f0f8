package vn.cascade.directive.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.SuccessionKind;

/** The history an organisation keeps of where it sat, without a database. */
class OrganizationPlacementTest {

    private static final LocalDate BEGAN = LocalDate.of(1977, 3, 1);
    private static final LocalDate MOVED = LocalDate.of(1989, 7, 1);
    private static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

    private final Organization quangBinh = organization("TU-QUANGBINH", null);
    private final Organization quangTri = organization("TU-QUANGTRI", null);

    @Test
    void shouldCloseThePlaceItLeavesAndOpenTheNewOneOnTheDayOfTheMove() {
        Organization vinhLinh = organization("HU-VINHLINH", quangBinh);

        vinhLinh.placeUnder(quangTri);
        vinhLinh.relocate(MOVED);

        assertEquals(List.of(
                        new OrganizationPlacement(quangBinh.id, quangBinh.path + "/" + vinhLinh.id, BEGAN, MOVED),
                        new OrganizationPlacement(quangTri.id, quangTri.path + "/" + vinhLinh.id, MOVED, null)),
                vinhLinh.snapshot().placements());
        assertEquals(quangBinh.id, vinhLinh.placementOn(MOVED.minusDays(1)).orElseThrow().parentId);
        assertEquals(quangTri.id, vinhLinh.placementOn(MOVED).orElseThrow().parentId);
        assertTrue(vinhLinh.placementOn(BEGAN.minusDays(1)).isEmpty(), "it did not exist yet");
    }

    @Test
    void shouldCorrectAPlaceThatBeganOnTheSameDayInsteadOfLeavingAnEmptyOne() {
        Organization vinhLinh = organization("HU-VINHLINH", quangBinh);
        vinhLinh.placeUnder(quangTri);
        vinhLinh.relocate(MOVED);

        vinhLinh.placeUnder(quangBinh);
        vinhLinh.relocate(MOVED);

        assertEquals(2, vinhLinh.placements.size());
        assertEquals(quangBinh.id, vinhLinh.placements.getLast().parentId);
        assertEquals(MOVED, vinhLinh.placements.getLast().validFrom);
    }

    @Test
    void shouldKnowWhetherItMovedAfterADateButNotCountItsBeginning() {
        Organization vinhLinh = organization("HU-VINHLINH", quangBinh);
        assertFalse(vinhLinh.movedAfter(BEGAN.minusYears(10)), "its first place is its beginning, not a move");

        vinhLinh.placeUnder(quangTri);
        vinhLinh.relocate(MOVED);

        assertTrue(vinhLinh.movedAfter(MOVED.minusDays(1)));
        assertFalse(vinhLinh.movedAfter(MOVED));
    }

    @Test
    void shouldEndItsLastPlaceWhenItCeasesAndCarryTheSuccessionInBothSnapshots() {
        Organization gioLinh = organization("HU-GIOLINH", quangTri);
        Organization merged = organization("HU-GIOLINH-CAMLO", quangTri);

        gioLinh.cease(MERGED);
        Succession.link(gioLinh, merged, SuccessionKind.MERGER, MERGED);

        OrganizationSnapshot dissolved = gioLinh.snapshot();
        assertFalse(dissolved.active());
        assertEquals(MERGED, dissolved.validTo());
        assertEquals(MERGED, dissolved.placements().getLast().to());
        assertTrue(gioLinh.currentPlacement().isEmpty());
        assertEquals(merged.code, dissolved.successors().getFirst().code());
        assertEquals(gioLinh.code, merged.snapshot().predecessors().getFirst().code());
        assertEquals(SuccessionKind.MERGER, merged.snapshot().predecessors().getFirst().kind());
    }

    private static Organization organization(String code, Organization parent) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.code = code;
        organization.describe(code, null);
        organization.validFrom = BEGAN;
        organization.placeUnder(parent);
        organization.begin();
        return organization;
    }
}
