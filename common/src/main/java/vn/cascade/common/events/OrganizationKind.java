package vn.cascade.common.events;

/** What kind of body an organisation is, independent of its level. */
public enum OrganizationKind {
    /** Cấp ủy, đảng ủy: tỉnh ủy, huyện ủy, đảng ủy cơ sở. */
    PARTY_COMMITTEE,
    /** Ban Thường vụ, Bộ Chính trị, Ban Bí thư. */
    STANDING_COMMITTEE,
    /** Cơ quan tham mưu, giúp việc: Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ủy ban Kiểm tra, Văn phòng. */
    ADVISORY_COMMISSION,
    /** Đảng đoàn, ban cán sự đảng. */
    PARTY_DELEGATION,
    /** Chi bộ. */
    PARTY_CELL,
    /** Mặt trận Tổ quốc, Đoàn Thanh niên, Công đoàn, Hội. */
    MASS_ORGANIZATION,
    /** Cơ quan nhà nước: HĐND, UBND, bộ, sở, phòng. */
    GOVERNMENT_BODY
}
