package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.i18n.Language;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Delivery;
import vn.cascade.reporting.notification.domain.NotificationPreference;
import vn.cascade.reporting.notification.repository.PreferenceRepository;

/**
 * The caller's own notification preferences (docs/notifications.md): read and saved by the user itself only, with
 * the version read; saving also takes the organisation and roles of the caller's token as the audience whose mail
 * it receives.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    /** What a user chooses. */
    public record Choice(boolean inbox, boolean mail, String email, Language language, Delivery delivery) {
    }

    private final PreferenceRepository preferences;
    private final Caller caller;
    private final OrganizationScope scope;
    private final Clock clock;

    NotificationPreferences(PreferenceRepository preferences, Caller caller, OrganizationScope scope, Clock clock) {
        this.preferences = preferences;
        this.caller = caller;
        this.scope = scope;
        this.clock = clock;
    }

    /** The caller's preferences; the defaults at version 0 when it never saved any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPreference mine() {
        String organization = scope.callerOrganizationCode();
        NotificationPreference preference = preferences.findByIdOptional(caller.name())
                .orElseGet(() -> NotificationPreference.defaults(caller.name()));
        if (preference.version == 0) {
            preference.audience(organization, heldRoles());
        }
        return preference;
    }

    /** Saves the caller's choice at the version read (0 the first time); another version is a stale write. */
    public NotificationPreference save(Long version, Choice choice) {
        String organization = scope.callerOrganizationCode();
        String email = choice.email() == null || choice.email().isBlank() ? null : normalized(choice.email());
        if (choice.mail() && email == null) {
            throw DomainException.invalid("email", "is required when mail is on", "preferences.email-required");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        NotificationPreference preference = preferences.createIfAbsentForUpdate(caller.name(), organization, now);
        DomainException.requireVersion("Your notification preferences", preference.version, version);
        preference.audience(organization, heldRoles());
        preference.inbox = choice.inbox();
        preference.mail = choice.mail();
        preference.email = email;
        preference.language = choice.language().tag();
        preference.delivery = choice.delivery();
        preference.version++;
        preference.updatedAt = now;
        return preference;
    }

    /** Whether the caller has turned its inbox off (it then shows nothing; nothing is deleted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean inboxOff(String username) {
        return preferences.findByIdOptional(username).map(p -> !p.inbox).orElse(false);
    }

    private Set<AudienceRole> heldRoles() {
        return Arrays.stream(AudienceRole.values()).filter(role -> caller.hasRole(role.realmRole()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AudienceRole.class)));
    }

    private static String normalized(String email) {
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }
}
