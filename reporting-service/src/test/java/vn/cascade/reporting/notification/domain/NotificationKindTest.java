package vn.cascade.reporting.notification.domain;

import vn.cascade.common.i18n.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

class NotificationKindTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 5);

    @Test
    void shouldTellTheReportersOfWhatTheyOweAndTheReviewersOfWhatWaitsForThem() {
        Audience reporters = new Audience("HU-VINHLINH", AudienceRole.REPORTER);
        Audience reviewers = new Audience("TU-QUANGTRI", AudienceRole.REVIEWER);
        assertEquals(List.of(reporters), NotificationKind.REPORT_DUE.audiences("HU-VINHLINH", "TU-QUANGTRI"));
        assertEquals(List.of(reporters, reviewers),
                NotificationKind.REPORT_OVERDUE.audiences("HU-VINHLINH", "TU-QUANGTRI"));
        assertEquals(List.of(reviewers), NotificationKind.REPORT_SUBMITTED.audiences("HU-VINHLINH", "TU-QUANGTRI"));
        assertEquals(List.of(reporters), NotificationKind.REPORT_RETURNED.audiences("HU-VINHLINH", "TU-QUANGTRI"));
        assertEquals(List.of(reporters), NotificationKind.REPORT_ACCEPTED.audiences("HU-VINHLINH", "TU-QUANGTRI"));
    }

    @Test
    void shouldAlsoTellTheReviewersOfTheBodyAReportIsRoutedThroughOfWhatWaitsOrIsLate() {
        Audience reporters = new Audience("HU-VINHLINH", AudienceRole.REPORTER);
        Audience reviewers = new Audience("TU-QUANGTRI", AudienceRole.REVIEWER);
        Audience delegated = new Audience("BTC-TU-QUANGTRI", AudienceRole.REVIEWER);
        assertEquals(List.of(reviewers, delegated),
                NotificationKind.REPORT_SUBMITTED.audiences("HU-VINHLINH", "TU-QUANGTRI", "BTC-TU-QUANGTRI"));
        assertEquals(List.of(reporters, reviewers, delegated),
                NotificationKind.REPORT_OVERDUE.audiences("HU-VINHLINH", "TU-QUANGTRI", "BTC-TU-QUANGTRI"));
        assertEquals(List.of(reporters),
                NotificationKind.REPORT_DUE.audiences("HU-VINHLINH", "TU-QUANGTRI", "BTC-TU-QUANGTRI"));
        assertEquals(List.of(reviewers),
                NotificationKind.REPORT_SUBMITTED.audiences("HU-VINHLINH", "TU-QUANGTRI", "TU-QUANGTRI"));
    }

    @Test
    void shouldSayNothingOfAReportAlreadySentACancelledObligationOrAMovedDeadline() {
        assertTrue(NotificationKind.REPORT_DUE.stillHolds(obligation(ObligationStatus.DUE), DUE));
        assertFalse(NotificationKind.REPORT_DUE.stillHolds(obligation(ObligationStatus.SUBMITTED), DUE));
        assertFalse(NotificationKind.REPORT_DUE.stillHolds(obligation(ObligationStatus.CANCELLED), DUE));
        assertFalse(NotificationKind.REPORT_DUE.stillHolds(obligation(ObligationStatus.OVERDUE), DUE),
                "the overdue mark overtook the reminder");
        assertFalse(NotificationKind.REPORT_DUE.stillHolds(obligation(ObligationStatus.DUE), DUE.minusDays(10)),
                "an amendment moved the deadline since");
        assertTrue(NotificationKind.REPORT_OVERDUE.stillHolds(obligation(ObligationStatus.OVERDUE), DUE));
        assertFalse(NotificationKind.REPORT_OVERDUE.stillHolds(obligation(ObligationStatus.ACCEPTED), DUE));
        assertTrue(NotificationKind.REPORT_SUBMITTED.stillHolds(obligation(ObligationStatus.SUBMITTED), null));
        assertFalse(NotificationKind.REPORT_SUBMITTED.stillHolds(obligation(ObligationStatus.ACCEPTED), null),
                "already reviewed");
        assertTrue(NotificationKind.REPORT_RETURNED.stillHolds(obligation(ObligationStatus.RETURNED), null));
        assertFalse(NotificationKind.REPORT_RETURNED.stillHolds(obligation(ObligationStatus.SUBMITTED), null),
                "already sent again");
    }

    @Test
    void shouldWriteVietnameseUnlessEnglishIsPreferredOrNeitherIsRead() {
        assertEquals(Language.VI, Language.preferred(List.of()));
        assertEquals(Language.EN, Language.preferred(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("vi"))));
        assertEquals(Language.VI, Language.preferred(List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH)));
        assertEquals(Language.EN, Language.preferred(List.of(Locale.FRENCH, Locale.ENGLISH)));
        assertEquals(Language.EN, Language.preferred(List.of(Locale.FRENCH)), "English is the fallback");
        assertEquals(Language.VI, Language.preferred(List.of(Locale.of("*"))));
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.VI, Language.of(null));
    }

    private static ReportingObligation obligation(ObligationStatus status) {
        ReportingObligation obligation = new ReportingObligation();
        obligation.status = status;
        obligation.dueDate = DUE;
        return obligation;
    }
}
