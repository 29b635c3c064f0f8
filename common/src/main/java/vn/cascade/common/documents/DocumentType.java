package vn.cascade.common.documents;

import java.util.Optional;

import vn.cascade.common.text.VietnameseText;

/** The type part of a document symbol ({@code NQ} in {@code 21-NQ/TW}, {@code KH} in {@code 594/KH-UBND}). */
public enum DocumentType {

    NQ("NQ", "resolution", "nghị quyết"),
    KL("KL", "conclusion", "kết luận"),
    CT("CT", "instruction", "chỉ thị"),
    QD("QĐ", "regulation or decision", "quy định, quyết định"),
    HD("HD", "guidance", "hướng dẫn"),
    KH("KH", "plan", "kế hoạch"),
    CTR("CTr", "action programme", "chương trình hành động"),
    BC("BC", "report", "báo cáo"),
    TB("TB", "notice", "thông báo"),
    /** A State decree ({@code 123/2015/NĐ-CP}): a plan may be based on one; it is neither directive nor plan. */
    ND("NĐ", "decree", "nghị định"),
    /** A State circular ({@code 01/2021/TT-BNV}): a plan may be based on one; it is neither directive nor plan. */
    TT("TT", "circular", "thông tư");

    private final String code;
    private final String englishName;
    private final String vietnameseName;

    DocumentType(String code, String englishName, String vietnameseName) {
        this.code = code;
        this.englishName = englishName;
        this.vietnameseName = vietnameseName;
    }

    /** The code as documents write it: {@code NQ}, {@code QĐ}, {@code CTr}. */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Documents that set direction and are implemented by plans further down. */
    public boolean isDirective() {
        return switch (this) {
            case NQ, KL, CT, QD, HD -> true;
            default -> false;
        };
    }

    /** Documents that implement a directive: plans and action programmes. */
    public boolean isPlan() {
        return this == KH || this == CTR;
    }

    /**
     * The type for a code as found in a document, ignoring case and diacritics because sources
     * write {@code CTr}, {@code Ctr} or {@code CTR}, and {@code QĐ} or {@code QD}.
     */
    public static Optional<DocumentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(code);
        for (DocumentType type : values()) {
            if (VietnameseText.fold(type.code).equals(folded)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
