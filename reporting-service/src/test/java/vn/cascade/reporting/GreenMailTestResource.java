package vn.cascade.reporting;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free loopback port; the service's mailer sends to it
 * for real ({@code quarkus.mailer.mock=false}), and tests read what arrived.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        started.start();
        server = started;
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(started.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Every message received so far addressed to {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
