package vn.cascade.reporting.notification.domain;

/** When a person's notification mail goes. */
public enum Delivery {
    /** within the sender's next round (what arrives together is one mail) */
    IMMEDIATE,
    /** once a day, at {@code cascade.notifications.mail.digest-at}: one mail with all of the day's notifications */
    DAILY_DIGEST
}
