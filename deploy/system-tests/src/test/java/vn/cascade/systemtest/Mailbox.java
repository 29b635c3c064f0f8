package vn.cascade.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailbox of the stack's mail server (GreenMail), read over IMAP the way a mail client would: GreenMail makes a
 * user for each address it receives mail for, with the address as login and password.
 */
final class Mailbox {

    private static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS");

    private Mailbox() {
    }

    /** How many messages the address has received; 0 while it has received none (no such user yet). */
    static int count(int imapPort, String address) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", imapPort)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine(); // the greeting
            if (!command(in, out, "a1", "LOGIN \"" + address + "\" \"" + address + "\"").startsWith("a1 OK")) {
                return 0;
            }
            int exists = 0;
            out.write("a2 SELECT INBOX\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String line = in.readLine(); line != null && !line.startsWith("a2 "); line = in.readLine()) {
                Matcher matcher = EXISTS.matcher(line);
                if (matcher.find()) {
                    exists = Integer.parseInt(matcher.group(1));
                }
            }
            command(in, out, "a3", "LOGOUT");
            return exists;
        }
    }

    /** Sends a command and returns its tagged answer line. */
    private static String command(BufferedReader in, OutputStream out, String tag, String command) throws IOException {
        out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(tag + " ")) {
                return line;
            }
        }
        return "";
    }
}
