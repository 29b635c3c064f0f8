package vn.cascade.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cascade.reader.IndicatorNaming;
import vn.cascade.reader.OrganizationMatcher;

/** The fixture documents: the four seeds (copied from shared/seeds) and documents the importer was not built on. */
final class Documents {

    static final String SEED_01 = "seeds/01-ke-hoach-07-KH-TW-bo-chinh-tri.txt";
    static final String SEED_02 = "seeds/02-tin-ke-hoach-211-tinh-uy-quang-nam.txt";
    static final String SEED_03 = "seeds/03-ke-hoach-68-KH-HU-huyen-uy-vinh-linh.txt";
    static final String SEED_04 = "seeds/04-ke-hoach-thanh-uy-ket-luan-08-KL-BTCTW.txt";

    /** Registered organisations the fixtures name, as the organisation copy would hold them. */
    static final List<OrganizationMatcher.Known> KNOWN = List.of(
            new OrganizationMatcher.Known("HU-VINHLINH", "Huyện ủy Vĩnh Linh", null),
            new OrganizationMatcher.Known("BTC-HU-VINHLINH", "Ban Tổ chức Huyện ủy Vĩnh Linh", null),
            new OrganizationMatcher.Known("VP-HU-VINHLINH", "Văn phòng Huyện ủy Vĩnh Linh", null),
            new OrganizationMatcher.Known("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", null),
            new OrganizationMatcher.Known("TW-BCT", "Bộ Chính trị", null),
            new OrganizationMatcher.Known("TU-CANTHO", "Thành ủy Cần Thơ", null),
            new OrganizationMatcher.Known("BTC-TU-CANTHO", "Ban Tổ chức Thành ủy Cần Thơ", null),
            new OrganizationMatcher.Known("HU-DAKHA", "Huyện ủy Đắk Hà", null),
            new OrganizationMatcher.Known("BTC-HU-DAKHA", "Ban Tổ chức Huyện ủy Đắk Hà", null),
            new OrganizationMatcher.Known("TU-BACNINH", "Tỉnh ủy Bắc Ninh", "Tỉnh ủy BN"),
            new OrganizationMatcher.Known("BTC-TU-BACNINH", "Ban Tổ chức Tỉnh ủy Bắc Ninh", null),
            new OrganizationMatcher.Known("DU-TANHOA", "Đảng ủy xã Tân Hòa", null));

    static final OrganizationMatcher REGISTRY = new OrganizationMatcher(KNOWN, null);

    /**
     * The catalogue's seed vocabulary, as plan-service's copy holds it after V12 (CatalogueVocabularyTest checks they
     * are the same): what an import names targets with before an admin adds keywords.
     */
    static final IndicatorNaming NAMING = IndicatorNaming.PARTY_BUILDING;

    private Documents() {
    }

    static String load(String resource) {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentImporter.ImportedPlan read(String resource) {
        return DocumentImporter.read(load(resource), null, REGISTRY, NAMING);
    }
}
