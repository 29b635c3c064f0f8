package vn.cascade.common.events;

/** Where an organisation sits in the party hierarchy. */
public enum OrganizationLevel {
    /** Trung ương: Central Committee, Politburo, Secretariat, central commissions. */
    CENTRAL,
    /** Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương. */
    PROVINCIAL,
    /** Huyện ủy, quận ủy, thị ủy, cấp trên cơ sở. */
    DISTRICT,
    /** Đảng ủy cơ sở, chi bộ cơ sở. */
    GRASSROOTS,
    /** Chi bộ trực thuộc. */
    CELL
}
