package vn.cascade.reporting.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cascade.common.i18n.Language;

/**
 * One user's choices: whether the inbox shows it anything, whether it is mailed at its own address, at once or in a
 * daily digest. The audience it receives for (its organisation and roles) is copied from its token whenever it
 * saves or reads them, so that mail can follow notifications made while it is away.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    public String username;

    @Column(name = "organization_code")
    public String organizationCode;

    /** The audience roles held, comma-separated. */
    public String roles;

    public boolean inbox = true;

    public boolean mail;

    public String email;

    /** {@code vi} or {@code en}. */
    public String language = Language.DEFAULT.tag();

    @Enumerated(EnumType.STRING)
    public Delivery delivery = Delivery.IMMEDIATE;

    /** Saves so far; 0 for a user who never saved. */
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What a user who never chose has: the inbox, no mail of its own (the organisation's contacts still get it). */
    public static NotificationPreference defaults(String username) {
        NotificationPreference preference = new NotificationPreference();
        preference.username = username;
        return preference;
    }

    public Set<AudienceRole> audienceRoles() {
        return roles == null || roles.isBlank() ? EnumSet.noneOf(AudienceRole.class) : Arrays.stream(roles.split(","))
                .map(AudienceRole::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(AudienceRole.class)));
    }

    /** Takes the audience from the caller's token as it is now. */
    public void audience(String organizationCode, Set<AudienceRole> held) {
        this.organizationCode = organizationCode;
        this.roles = held.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
