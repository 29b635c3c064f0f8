package vn.cascade.reporting.notification.domain;

import vn.cascade.common.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An address that receives the mail of one role of an organisation: a person's or a shared mailbox. */
@Embeddable
public class Contact {

    @Enumerated(EnumType.STRING)
    public AudienceRole role;

    public String email;

    /** Whom to greet; optional. */
    public String name;

    /** The tag of the language the mail is written in ({@code vi}, {@code en}). */
    public String language;

    protected Contact() {
    }

    public Contact(AudienceRole role, String email, String name, Language language) {
        this.role = role;
        this.email = email;
        this.name = name;
        this.language = language.tag();
    }
}
