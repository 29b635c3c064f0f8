package vn.cascade.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cascade.common.text.VietnameseText;

/**
 * Finds the code of a registered organisation for a name as a document writes it, ignoring case and diacritics and
 * reading the abbreviations offices use (BTV, BTC, UBKT …). A name that leaves out the place ("Ban Tổ chức Huyện
 * ủy" in a district's own plan) is read as the issuer's body of that name. Where organisations of different times
 * share a name (the Tỉnh ủy Quảng Trị until 30 June 2025 and the one formed on 1 July 2025 by merging it with Quảng
 * Bình's), a document dated {@link #asOf} reads the one that existed on its date, and one without a date today's.
 */
public final class OrganizationMatcher {

    /**
     * One registered organisation as the matcher needs it.
     *
     * @param validFrom first day it existed; null if unknown
     * @param validTo   the day it ceased (exclusive); null while it exists
     */
    public record Known(String code, String name, String shortName, LocalDate validFrom, LocalDate validTo) {

        public Known(String code, String name, String shortName) {
            this(code, name, shortName, null, null);
        }

        boolean existedOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
        }
    }

    private static final Map<Pattern, String> ABBREVIATIONS = new java.util.LinkedHashMap<>();

    static {
        ABBREVIATIONS.put(Pattern.compile("\\bbtv\\b"), "ban thuong vu");
        ABBREVIATIONS.put(Pattern.compile("\\bbtc\\b"), "ban to chuc");
        ABBREVIATIONS.put(Pattern.compile("\\bbtg\\b"), "ban tuyen giao");
        ABBREVIATIONS.put(Pattern.compile("\\bbdv\\b"), "ban dan van");
        ABBREVIATIONS.put(Pattern.compile("\\bubkt\\b"), "uy ban kiem tra");
        ABBREVIATIONS.put(Pattern.compile("\\bvp\\b"), "van phong");
        ABBREVIATIONS.put(Pattern.compile("\\bmttq\\b"), "mat tran to quoc");
    }

    private static final Pattern STANDING = Pattern.compile("^(ban thuong vu|thuong truc|ban chap hanh)\\s+");
    // "Ban Chấp hành Đảng bộ thành phố Đà Nẵng" acts for "Thành ủy Đà Nẵng": the committee of a party organisation.
    private static final Map<Pattern, String> COMMITTEE_OF = new java.util.LinkedHashMap<>();

    static {
        COMMITTEE_OF.put(Pattern.compile("^dang bo tinh "), "tinh uy ");
        COMMITTEE_OF.put(Pattern.compile("^dang bo thanh pho "), "thanh uy ");
        COMMITTEE_OF.put(Pattern.compile("^dang bo huyen "), "huyen uy ");
        COMMITTEE_OF.put(Pattern.compile("^dang bo quan "), "quan uy ");
        COMMITTEE_OF.put(Pattern.compile("^dang bo thi xa "), "thi uy ");
        COMMITTEE_OF.put(Pattern.compile("^dang bo (xa|phuong|thi tran) "), "dang uy $1 ");
    }

    private static final Pattern PLACE_WORDS = Pattern.compile("(tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy)$");

    /** Every organisation registered under a name, in the order given. */
    private final Map<String, List<Known>> byName = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private String issuerName;
    private LocalDate asOf;

    public OrganizationMatcher(List<Known> organizations, String issuerName) {
        for (Known organization : organizations) {
            byName.computeIfAbsent(key(organization.name()), name -> new ArrayList<>()).add(organization);
            nameByCode.put(organization.code(), organization.name());
            if (organization.shortName() != null && !organization.shortName().isBlank()
                    && !key(organization.shortName()).equals(key(organization.name()))) {
                byName.computeIfAbsent(key(organization.shortName()), name -> new ArrayList<>()).add(organization);
            }
        }
        this.issuerName = issuerName == null ? null : key(issuerName);
    }

    /** The same registry, reading names as of the document's date (null: as of today). */
    public OrganizationMatcher asOf(LocalDate date) {
        OrganizationMatcher copy = copy();
        copy.asOf = date;
        return copy;
    }

    public static OrganizationMatcher none() {
        return new OrganizationMatcher(List.of(), null);
    }

    /** The same registry, reading place-less names against this issuer. */
    public OrganizationMatcher forIssuer(String issuer) {
        OrganizationMatcher copy = copy();
        copy.issuerName = issuer == null ? null : key(issuer);
        return copy;
    }

    private OrganizationMatcher copy() {
        OrganizationMatcher copy = new OrganizationMatcher(List.of(), null);
        copy.byName.putAll(byName);
        copy.nameByCode.putAll(nameByCode);
        copy.issuerName = issuerName;
        copy.asOf = asOf;
        return copy;
    }

    /**
     * The code registered under a name: the organisation that existed on the document's date, or (without a date,
     * or when none did) the one that exists today, or the first registered.
     */
    private String lookUp(String key) {
        List<Known> candidates = byName.get(key);
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (asOf != null) {
            for (Known candidate : candidates) {
                if (candidate.existedOn(asOf)) {
                    return candidate.code();
                }
            }
        }
        return candidates.stream().filter(candidate -> candidate.validTo() == null).findFirst()
                .orElse(candidates.getFirst()).code();
    }

    /** The registered name for a code. */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(code == null ? null : nameByCode.get(code));
    }

    public Optional<String> codeFor(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(name);
        String stripped = STANDING.matcher(key).replaceFirst("");
        String committee = stripped;
        for (var entry : COMMITTEE_OF.entrySet()) {
            committee = entry.getKey().matcher(committee).replaceFirst(entry.getValue());
        }
        for (String candidate : List.of(key, stripped, committee)) {
            String code = lookUp(candidate);
            if (code != null) {
                return Optional.of(code);
            }
            // "Ban Tổ chức Huyện ủy" in Vĩnh Linh's plan is "Ban Tổ chức Huyện ủy Vĩnh Linh".
            var place = PLACE_WORDS.matcher(candidate);
            if (issuerName != null && place.find() && issuerName.startsWith(place.group(1))) {
                code = lookUp(candidate + issuerName.substring(place.group(1).length()));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    public static String key(String name) {
        String folded = VietnameseText.fold(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        for (var abbreviation : ABBREVIATIONS.entrySet()) {
            folded = abbreviation.getKey().matcher(folded).replaceAll(abbreviation.getValue());
        }
        return folded;
    }
}
