package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.documents.Target.Comparator;
import vn.cascade.common.documents.Target.TargetPeriod;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.domain.RollupFigures.Figure;
import vn.cascade.reporting.domain.RollupFigures.TargetInForce;
import vn.cascade.reporting.domain.TargetAssessment.Result;

class RollupFiguresTest {

    private static final ReportingPeriod YEAR_2025 = ReportingPeriod.of(ReportingPeriodKind.YEAR, 2025);

    @Test
    void shouldRecomputeARateFromSummedCountsNotAverageTheRates() {
        // a cell of 100 members admitting 10 (10 %) and a ward of 400 admitting 2 (0.5 %): averaged 5.25 %, truly 2.40 %
        List<Figure> figures = RollupFigures.figures(List.of("NEW_MEMBER_RATE"),
                Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 12L, SeedIndicators.TOTAL_MEMBERS, 500L),
                List.of(new TargetInForce("12-KH/TU", target("NEW_MEMBER_RATE", Comparator.AT_LEAST, "3", null,
                        Target.Unit.PERCENT))), YEAR_2025, SeedIndicators.CATALOGUE);
        Figure rate = figures.getFirst();
        assertTrue(rate.rate());
        assertEquals(new BigDecimal("2.40"), rate.value());
        assertEquals(12L, rate.numerator());
        assertEquals(500L, rate.denominator());
        assertEquals(Result.NOT_MET, rate.result());
        assertEquals("12-KH/TU", rate.targets().getFirst().planSymbol());
    }

    @Test
    void shouldCompareTheUnroundedRate() {
        // 299/10000 = 2.99 %, and 2.999 % shown as 3.00 % still misses "at least 3 %"
        Target atLeastThree = target("NEW_MEMBER_RATE", Comparator.AT_LEAST, "3", null, Target.Unit.PERCENT);
        Figure figure = RollupFigures.figures(List.of("NEW_MEMBER_RATE"),
                Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 2999L, SeedIndicators.TOTAL_MEMBERS, 100_000L),
                List.of(new TargetInForce("1-KH/TU", atLeastThree)), YEAR_2025, SeedIndicators.CATALOGUE).getFirst();
        assertEquals(new BigDecimal("3.00"), figure.value());
        assertEquals(Result.NOT_MET, figure.result());
    }

    @Test
    void shouldSayNoDataForAMissingCountOrAZeroDenominatorAndNoTargetWithoutOne() {
        Target hundredPercent = target("VILLAGE_CELL_COMMITTEE_RATE", Comparator.EXACTLY, "100", null,
                Target.Unit.PERCENT);
        List<Figure> figures = RollupFigures.figures(
                List.of("VILLAGE_CELL_COMMITTEE_RATE", "ORGS_RATED", "TOTAL_MEMBERS"),
                Map.of(SeedIndicators.VILLAGE_CELLS_WITH_COMMITTEE, 0L, SeedIndicators.VILLAGE_CELLS, 0L,
                        SeedIndicators.TOTAL_MEMBERS, 800L),
                List.of(new TargetInForce("1-KH/TU", hundredPercent)), YEAR_2025, SeedIndicators.CATALOGUE);
        assertNull(figures.get(0).value());
        assertEquals(Result.NO_DATA, figures.get(0).result());
        assertNull(figures.get(1).value());
        assertEquals(Result.NO_TARGET, figures.get(1).result());
        assertEquals(new BigDecimal("800"), figures.get(2).value());
        assertFalse(figures.get(2).rate());
    }

    @Test
    void shouldMeasureYearlyTargetsOnlyOnWholeYearsWithinTheirSpan() {
        Target annually = target("NEW_MEMBERS_ADMITTED", Comparator.AT_LEAST, "130", null, Target.Unit.COUNT);
        assertTrue(TargetAssessment.appliesTo(annually, YEAR_2025));
        assertTrue(TargetAssessment.appliesTo(annually, ReportingPeriod.of(ReportingPeriodKind.FINAL_REVIEW, 2030)));
        assertFalse(TargetAssessment.appliesTo(annually, ReportingPeriod.of(ReportingPeriodKind.Q1, 2025)));
        assertFalse(TargetAssessment.appliesTo(annually, ReportingPeriod.of(ReportingPeriodKind.YEAR, 2031)));
        Target by2025 = new Target("ORGS_GOOD_RATE", "Đến năm 2025", Comparator.AT_LEAST, BigDecimal.valueOf(90), null,
                Target.Unit.PERCENT, new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, 2025), null, null, null, null);
        assertTrue(TargetAssessment.appliesTo(by2025, YEAR_2025));
        assertFalse(TargetAssessment.appliesTo(by2025, ReportingPeriod.of(ReportingPeriodKind.YEAR, 2024)));
        Figure quarter = RollupFigures.figures(List.of("NEW_MEMBERS_ADMITTED"),
                Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 12L), List.of(new TargetInForce("1-KH/HU", annually)),
                ReportingPeriod.of(ReportingPeriodKind.H1, 2025), SeedIndicators.CATALOGUE).getFirst();
        assertEquals(Result.NO_TARGET, quarter.result());
    }

    @Test
    void shouldAssessATargetNamingTheIndicatorByAnAlias() {
        // the plan importer calls the good-rating rate GOOD_RATING_RATE; the catalogue knows it as ORGS_GOOD_RATE
        Target imported = target("GOOD_RATING_RATE", Comparator.AT_LEAST, "90", null, Target.Unit.PERCENT);
        Figure figure = RollupFigures.figures(List.of("ORGS_GOOD_RATE"),
                Map.of(SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 52L, SeedIndicators.ORGS_RATED, 56L),
                List.of(new TargetInForce("48-CTr/TU", imported)), YEAR_2025, SeedIndicators.CATALOGUE).getFirst();
        assertEquals(new BigDecimal("92.86"), figure.value());
        assertEquals(Result.MET, figure.result());
        assertEquals("GOOD_RATING_RATE", figure.targets().getFirst().target().indicatorCode());
    }

    @Test
    void shouldFollowATargetByItsYearFromItsBaselineAndShowItsProgress() {
        // "đến năm 2025 đạt từ 90% trở lên", 80 % when set on 16/6/2022: followed in the years 2022–2025
        Target by2025 = new Target("ORGS_GOOD_RATE", "Đến năm 2025 đạt từ 90% trở lên", Comparator.AT_LEAST,
                new BigDecimal("90"), null, Target.Unit.PERCENT, new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, 2025),
                new BigDecimal("80"), java.time.LocalDate.of(2022, 6, 16), null, null);
        List<TargetInForce> targets = List.of(new TargetInForce("48-CTr/TU", by2025));
        // 2023: 42 of 50 rated good = 84 %, 4 of the 10 points from 80 to 90: not yet reached, 40 % of the way
        Figure in2023 = RollupFigures.figures(List.of("ORGS_GOOD_RATE"),
                Map.of(SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 42L, SeedIndicators.ORGS_RATED, 50L), targets,
                ReportingPeriod.of(ReportingPeriodKind.YEAR, 2023), SeedIndicators.CATALOGUE).getFirst();
        assertEquals(new BigDecimal("84.00"), in2023.value());
        assertEquals(Result.NOT_YET_DUE, in2023.result());
        assertEquals(new BigDecimal("40.00"), in2023.targets().getFirst().progress());
        // 2025, its year: 44 of 50 = 88 %, 80 % of the way, and missed
        Figure in2025 = RollupFigures.figures(List.of("ORGS_GOOD_RATE"),
                Map.of(SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 44L, SeedIndicators.ORGS_RATED, 50L), targets,
                YEAR_2025, SeedIndicators.CATALOGUE).getFirst();
        assertEquals(Result.NOT_MET, in2025.result());
        assertEquals(new BigDecimal("80.00"), in2025.targets().getFirst().progress());
        // 2024, reached early: 46 of 50 = 92 %, 120 % of the way, met
        Figure in2024 = RollupFigures.figures(List.of("ORGS_GOOD_RATE"),
                Map.of(SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 46L, SeedIndicators.ORGS_RATED, 50L), targets,
                ReportingPeriod.of(ReportingPeriodKind.YEAR, 2024), SeedIndicators.CATALOGUE).getFirst();
        assertEquals(Result.MET, in2024.result());
        assertEquals(new BigDecimal("120.00"), in2024.targets().getFirst().progress());
        // before the baseline's year, after the target's year, and in a quarter: not followed
        assertFalse(TargetAssessment.appliesTo(by2025, ReportingPeriod.of(ReportingPeriodKind.YEAR, 2021)));
        assertFalse(TargetAssessment.appliesTo(by2025, ReportingPeriod.of(ReportingPeriodKind.YEAR, 2026)));
        assertFalse(TargetAssessment.appliesTo(by2025, ReportingPeriod.of(ReportingPeriodKind.H1, 2024)));
        assertEquals(Result.NOT_YET_DUE, TargetAssessment.overall(List.of(Result.MET, Result.NOT_YET_DUE)));
        assertEquals(Result.NOT_MET, TargetAssessment.overall(List.of(Result.NOT_YET_DUE, Result.NOT_MET)));
    }

    @Test
    void shouldMeasureAQuarterlyTargetOnTheQuartersOfItsSpanOnly() {
        // "mỗi quý kết nạp ít nhất 10 đảng viên" in 2023–2024, from 6 a quarter: Q2 2023 admits 12, half-way past
        Target quarterly = new Target("NEW_MEMBERS_ADMITTED", "Mỗi quý kết nạp ít nhất 10 đảng viên", Comparator.AT_LEAST,
                BigDecimal.TEN, null, Target.Unit.COUNT, new TargetPeriod(TargetPeriod.Kind.QUARTERLY, 2023, 2024),
                BigDecimal.valueOf(6), java.time.LocalDate.of(2022, 12, 31), null, null);
        Figure q2 = RollupFigures.figures(List.of("NEW_MEMBERS_ADMITTED"), Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 12L),
                List.of(new TargetInForce("9-KH/ĐU", quarterly)), ReportingPeriod.of(ReportingPeriodKind.Q2, 2023),
                SeedIndicators.CATALOGUE).getFirst();
        assertEquals(Result.MET, q2.result());
        assertEquals(new BigDecimal("150.00"), q2.targets().getFirst().progress()); // (12 − 6) ÷ (10 − 6)
        Figure q3 = RollupFigures.figures(List.of("NEW_MEMBERS_ADMITTED"), Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 7L),
                List.of(new TargetInForce("9-KH/ĐU", quarterly)), ReportingPeriod.of(ReportingPeriodKind.Q3, 2024),
                SeedIndicators.CATALOGUE).getFirst();
        assertEquals(Result.NOT_MET, q3.result(), "a quarterly target is due every quarter");
        assertEquals(new BigDecimal("25.00"), q3.targets().getFirst().progress());
        assertFalse(TargetAssessment.appliesTo(quarterly, ReportingPeriod.of(ReportingPeriodKind.YEAR, 2023)));
        assertFalse(TargetAssessment.appliesTo(quarterly, ReportingPeriod.of(ReportingPeriodKind.Q1, 2025)));
        assertNull(TargetAssessment.progress(BigDecimal.ONE, target("X", Comparator.AT_LEAST, "4", null,
                Target.Unit.COUNT)), "no baseline, no progress");
    }

    @Test
    void shouldApplyEveryComparator() {
        BigDecimal four = BigDecimal.valueOf(4);
        assertEquals(Result.MET, TargetAssessment.assess(four, target("X", Comparator.AT_LEAST, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.NOT_MET, TargetAssessment.assess(four, target("X", Comparator.MORE_THAN, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.MET, TargetAssessment.assess(four, target("X", Comparator.AT_MOST, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.NOT_MET, TargetAssessment.assess(four, target("X", Comparator.LESS_THAN, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.MET, TargetAssessment.assess(new BigDecimal("4.00"), target("X", Comparator.EXACTLY, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.MET, TargetAssessment.assess(four, target("X", Comparator.BETWEEN, "4", "5", Target.Unit.PERCENT)));
        assertEquals(Result.NOT_MET, TargetAssessment.assess(new BigDecimal("5.01"), target("X", Comparator.BETWEEN, "4", "5", Target.Unit.PERCENT)));
        assertEquals(Result.NO_DATA, TargetAssessment.assess(null, target("X", Comparator.AT_LEAST, "4", null, Target.Unit.COUNT)));
        assertEquals(Result.NOT_MET, TargetAssessment.overall(List.of(Result.MET, Result.NOT_MET)));
        assertEquals(Result.NO_TARGET, TargetAssessment.overall(List.of()));
    }

    @Test
    void shouldKnowTheCatalogueOfRates() {
        assertEquals(Set.of(SeedIndicators.NEW_MEMBERS_ADMITTED, SeedIndicators.TOTAL_MEMBERS, SeedIndicators.VILLAGE_CELLS),
                SeedIndicators.CATALOGUE.countsNeeded(List.of("NEW_MEMBER_RATE", SeedIndicators.VILLAGE_CELLS)));
        assertEquals(Optional.empty(), Rates.percent(3L, 0L));
        assertEquals(Optional.empty(), Rates.percent(null, 10L));
        assertEquals(SeedIndicators.ORGS_RATED, SeedIndicators.CATALOGUE.find("ORGS_GOOD_RATE").orElseThrow().denominator);
        assertEquals(SeedIndicators.VILLAGE_CELLS, SeedIndicators.CATALOGUE.find("VILLAGE_CELL_COMMITTEE_RATE").orElseThrow().denominator);
    }

    @Test
    void shouldComputeCompletenessAndTimelinessOverWhatWasDue() {
        Completeness mixed = new Completeness(4, 3, 2);
        assertEquals(Optional.of(new BigDecimal("75.00")), mixed.completenessPercent());
        assertEquals(Optional.of(new BigDecimal("50.00")), mixed.timelinessPercent());
        assertEquals(1, mixed.missing());
        assertEquals(Optional.of(new BigDecimal("66.67")), new Completeness(3, 2, 1).completenessPercent());
        assertEquals(Optional.empty(), new Completeness(0, 0, 0).timelinessPercent());
        assertThrows(IllegalArgumentException.class, () -> new Completeness(1, 2, 0));
    }

    private static Target target(String code, Comparator comparator, String value, String upper, Target.Unit unit) {
        return new Target(code, "Hằng năm", comparator, new BigDecimal(value), upper == null ? null : new BigDecimal(upper),
                unit, new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2020, 2030), null, null, null, null);
    }
}
