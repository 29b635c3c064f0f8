package vn.cascade.reporting.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;

/** Notifications and their mail (docs/notifications.md, docs/operations.md). */
@ConfigMapping(prefix = "cascade.notifications")
public interface NotificationConfig {

    /**
     * Events older than this when they are processed make no notification: after a long outage, or when a new
     * consumer group reads the topic from its beginning, people are not told of long-past deadlines.
     */
    @WithDefault("P14D")
    Duration maxEventAge();

    Mail mail();

    /** How long notifications (with their read marks and mail rows) are kept; the retention job deletes older ones. */
    @WithDefault("P365D")
    Duration retention();

    /** How often the retention job runs (read by {@code @Scheduled}). */
    @WithDefault("6h")
    String retentionEvery();

    /** The notifications' own jobs (late plans, retention) run from timers; off in tests, which call them. */
    @WithDefault("true")
    boolean scheduled();

    LatePlans latePlans();

    Stream stream();

    interface Stream {

        /** How often a live stream looks for what arrived in its caller's inbox. */
        @WithDefault("2s")
        Duration poll();
    }

    interface LatePlans {

        /** How often owed plans past their deadline are looked for (read by {@code @Scheduled}). */
        @WithDefault("1h")
        String every();

        /** Most owed answers one round claims; the next round takes the rest. */
        @WithDefault("500")
        int batchSize();
    }

    interface Mail {

        /**
         * Queue and send mail to the registered contacts. Off unless an SMTP server is configured
         * ({@code quarkus.mailer.*}); the inbox works either way.
         */
        @WithDefault("false")
        boolean enabled();

        /** Send from a timer in every replica; off in tests, which call the sender themselves. */
        @WithDefault("true")
        boolean scheduled();

        /** How often pending mail is sent (read by {@code @Scheduled}). */
        @WithDefault("30s")
        String every();

        /**
         * When the daily digest goes, in the reporting zone ({@code cascade.reporting.zone}): a person who chose a
         * digest gets everything of the past day in one mail then.
         */
        @WithDefault("07:00")
        LocalTime digestAt();

        /** Most addresses served by one round; the next round takes the rest. */
        @WithDefault("200")
        int batchSize();

        /** Attempts at one mail before it is given up (logged, counted, kept with its error). */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the next attempt, times the attempts so far. */
        @WithDefault("1m")
        Duration retryBackoff();
    }
}
