package vn.cascade.reporting.notification.service;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.Notification;

/** A notification's title and text in a language, from its facts and {@link NotificationMessages}. */
@ApplicationScoped
public class NotificationTexts {

    /** What a person reads. */
    public record Text(String title, String text) {
    }

    private final Map<Language, NotificationMessages> bundles;

    NotificationTexts(NotificationMessages vietnamese, @Localized("en") NotificationMessages english) {
        this.bundles = Map.of(Language.VI, vietnamese, Language.EN, english);
    }

    public NotificationMessages messages(Language language) {
        return bundles.get(language);
    }

    public Text of(Notification n, Language language) {
        NotificationMessages m = messages(language);
        String period = n.periodKind == null ? "" : m.period(n.periodKind, n.periodYear);
        String plan = n.planSymbol == null ? "" : m.plan(isProgramme(n.planSymbol), n.planSymbol);
        String due = date(n.dueDate, m, language);
        return switch (n.kind) {
            case REPORT_DUE -> new Text(m.dueTitle(period, plan, due),
                    m.dueText(n.reporterName, period, plan, n.recipientName, due));
            case REPORT_OVERDUE -> new Text(m.overdueTitle(period, plan, due),
                    m.overdueText(n.reporterName, period, plan, n.recipientName, due));
            case REPORT_SUBMITTED -> new Text(m.submittedTitle(n.reporterName, period, plan),
                    m.submittedText(n.recipientName));
            case REPORT_RETURNED -> new Text(m.returnedTitle(period, plan),
                    m.returnedText(n.recipientName, n.reporterName, n.reviewComment));
            case REPORT_ACCEPTED -> new Text(m.acceptedTitle(period, plan),
                    m.acceptedText(n.recipientName, period, n.reporterName, n.reviewComment));
            case PLAN_OWED -> new Text(m.planOwedTitle(plan, due), m.planOwedText(n.issuerName, plan, due));
            case UPSTREAM_PLAN_AMENDED -> new Text(m.upstreamAmendedTitle(plan),
                    m.upstreamAmendedText(n.issuerName, plan, ownPlans(n, m)));
            case UPSTREAM_PLAN_REVOKED -> new Text(m.upstreamRevokedTitle(plan),
                    m.upstreamRevokedText(n.issuerName, plan, ownPlans(n, m)));
            case PLAN_LATE -> new Text(m.planLateTitle(plan, due), m.planLateText(n.issuerName, plan, due));
            case SUBORDINATE_PLANS_LATE -> new Text(
                    m.subordinatesLateTitle(n.lateOrganizations().size(), plan, due),
                    m.subordinatesLateText(plan, String.join(", ", n.lateOrganizationNameList())));
            case DIRECTIVE_AMENDED -> new Text(m.upstreamAmendedTitle(directive(n, m)),
                    m.upstreamAmendedText(n.issuerName, directive(n, m), ownPlans(n, m)));
            case DIRECTIVE_REVOKED -> new Text(m.upstreamRevokedTitle(directive(n, m)),
                    m.upstreamRevokedText(n.issuerName, directive(n, m), ownPlans(n, m)));
        };
    }

    /** "Nghị quyết 21-NQ/TW": the directive named by its type, from its symbol. */
    private static String directive(Notification n, NotificationMessages m) {
        DocumentType type = DocumentSymbol.tryParse(n.directiveSymbol).map(parsed -> parsed.type()).orElse(null);
        return m.directive(type, n.directiveSymbol);
    }

    private static String ownPlans(Notification n, NotificationMessages m) {
        return String.join(", ", n.ownPlans().stream().map(symbol -> m.plan(isProgramme(symbol), symbol)).toList());
    }

    private static String date(LocalDate date, NotificationMessages m, Language language) {
        return date == null ? "" : DateTimeFormatter.ofPattern(m.datePattern(), language.locale()).format(date);
    }

    /** A programme (CTr) is named as one; anything else the reporting requirement came from is a plan (KH). */
    private static boolean isProgramme(String symbol) {
        return DocumentSymbol.tryParse(symbol).map(parsed -> parsed.type() == DocumentType.CTR).orElse(false);
    }
}
