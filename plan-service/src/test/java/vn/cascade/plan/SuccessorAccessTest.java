package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Who reads a ceased organisation's records after the 2025 reorganisation (docs/reorganisation-2025.md): the people of
 * its successor, through the chain of successions, never the other way round; and the people of the ceased
 * organisation write nothing more, told who carries it on.
 */
@QuarkusTest
class SuccessorAccessTest {

    private static final LocalDate BEGAN = LocalDate.of(2020, 1, 1);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Inject
    Fixtures fixtures;

    @Test
    void shouldLetTheSuccessorsPeopleAskAboutThePredecessorsCascadeButNotTheOtherWayRound() {
        // given Quảng Trị with its Organisation Department and Vĩnh Linh, Quảng Bình, Cần Thơ, and a resolution
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org quangBinh = fixtures.organization("TU-QUANGBINH", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, centre);
        Org quangTri = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org department = fixtures.advisoryBody("BTC-TU-QUANGTRI", "Ban Tổ chức Tỉnh ủy Quảng Trị", quangTri);
        Org vinhLinh = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org canTho = fixtures.organization("TU-CANTHO", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        String clerk = TestTokens.user("clerk", department.code(), "reviewer");

        // when the reorganisation of 1 July 2025 arrives: Vĩnh Linh dissolved into Quảng Trị, Quảng Trị and Quảng Bình
        // merged into the new Quảng Trị, which takes over the department
        UUID newId = UUID.randomUUID();
        Org newQuangTri = new Org(newId, "TU-QUANGTRI-2025-" + newId.toString().substring(0, 6).toUpperCase(),
                centre.path() + "/" + newId);
        fixtures.organization(gone(vinhLinh, "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri, quangTri, List.of()));
        fixtures.organization(gone(quangTri, "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre, newQuangTri,
                List.of(vinhLinh)));
        fixtures.organization(gone(quangBinh, "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, centre, newQuangTri,
                List.of()));
        fixtures.organization(new OrganizationSnapshot(newId, newQuangTri.code(), "Tỉnh ủy Quảng Trị", null,
                OrganizationLevel.PROVINCIAL, OrganizationKind.PARTY_COMMITTEE, centre.id(), newQuangTri.path(), true, null,
                null, JULY_1, null, List.of(new OrganizationPlacement(centre.id(), newQuangTri.path(), JULY_1, null)),
                List.of(), List.of(merger(quangBinh), merger(quangTri)), 1));
        String departmentPath = newQuangTri.path() + "/" + department.id();
        fixtures.organization(new OrganizationSnapshot(department.id(), department.code(), "Ban Tổ chức Tỉnh ủy Quảng Trị",
                null, OrganizationLevel.PROVINCIAL, OrganizationKind.ADVISORY_COMMISSION, newId, departmentPath, true, null,
                null, BEGAN, null, List.of(new OrganizationPlacement(quangTri.id(), department.path(), BEGAN, JULY_1),
                        new OrganizationPlacement(newId, departmentPath, JULY_1, null)), List.of(), List.of(), 1));

        // then the clerk, now acting for the new province, asks how the old Quảng Trị and Vĩnh Linh answered it
        coverage(clerk, resolution, quangTri).statusCode(200);
        coverage(clerk, resolution, vinhLinh).statusCode(200);
        coverage(TestTokens.user("reader", newQuangTri.code(), "reader"), resolution, quangTri).statusCode(200);
        // but Cần Thơ's people are refused, and the old province's people do not gain the new one
        coverage(TestTokens.user("reader", canTho.code(), "reader"), resolution, quangTri).statusCode(403);
        String oldReader = TestTokens.user("reader", quangTri.code(), "reader");
        coverage(oldReader, resolution, newQuangTri).statusCode(403);
        coverage(oldReader, resolution, vinhLinh).statusCode(200);

        // and the old Quảng Trị's issuer drafts no plan: the refusal names the successor
        Map<String, Object> plan = Map.of("symbol", "101-KH/TU", "issuingOrganizationCode", quangTri.code(),
                "issueDate", "2025-08-01", "title", "Kế hoạch thực hiện Nghị quyết sau hợp nhất",
                "implementsDirective", Map.of("symbol", resolution));
        given().auth().oauth2(TestTokens.user("issuer", quangTri.code(), "issuer")).contentType(ContentType.JSON)
                .body(plan).when().post("/api/v1/plans").then().statusCode(403)
                .body("detail", containsString("đã chấm dứt hoạt động từ ngày 2025-07-01"))
                .body("detail", containsString("Tỉnh ủy Quảng Trị (" + newQuangTri.code() + ")"));
        given().auth().oauth2(TestTokens.user("issuer", quangTri.code(), "issuer")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(plan).when().post("/api/v1/plans").then().statusCode(403)
                .body("detail", equalTo("Your organisation " + quangTri.code() + " ceased on 2025-07-01; it is carried on "
                        + "by Tỉnh ủy Quảng Trị (" + newQuangTri.code() + "), to which an administrator moves your account"));
    }

    private static ValidatableResponse coverage(String token, String directive, Org organization) {
        return given().auth().oauth2(token).queryParam("directive", directive).queryParam("organization", organization.code())
                .when().get("/api/v1/cascade/coverage").then();
    }

    private static OrganizationSuccession merger(Org organization) {
        return new OrganizationSuccession(organization.id(), organization.code(), SuccessionKind.MERGER, JULY_1);
    }

    /** Ceased on 1 July 2025 into {@code successor}, having taken over {@code predecessors} that day. */
    private static OrganizationSnapshot gone(Org organization, String name, OrganizationLevel level, Org parent,
            Org successor, List<Org> predecessors) {
        return new OrganizationSnapshot(organization.id(), organization.code(), name, null, level,
                OrganizationKind.PARTY_COMMITTEE, parent.id(), organization.path(), false, 100, null, BEGAN, JULY_1,
                List.of(new OrganizationPlacement(parent.id(), organization.path(), BEGAN, JULY_1)),
                List.of(merger(successor)), predecessors.stream().map(SuccessorAccessTest::merger).toList(), 1);
    }
}
