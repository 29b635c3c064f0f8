import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two measurements of deploy/bench/run that are not one repeated request (wrk does those):
 * <ol>
 *   <li>plan issued → obligations readable: a plan of Quảng Trị that makes Vĩnh Linh report once is drafted and
 *       issued, then Vĩnh Linh's reporter asks for the plan's obligations every 2 ms until one is there; the time from
 *       the answer to that read, over N plans one after the other (p50/p95/p99);</li>
 *   <li>report submission: for each obligation so created, the reporter drafts a report and submits it, with C
 *       clients at once (writes/s and p50/p95/p99 of each call).</li>
 * </ol>
 * Run with the JDK's source launcher, no dependencies: {@code java PlanToObligations.java PLAN_URL REPORTING_URL
 * ISSUER_TOKEN REPORTER_TOKEN PLANS CLIENTS}. Prints {@code key=value} lines for the run script.
 */
public class PlanToObligations {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String planUrl = args[0];
        String reportingUrl = args[1];
        String issuer = args[2];
        String reporter = args[3];
        int plans = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        // symbols are numbered 1 to 99999: a random free stretch of that range per run
        int first = ThreadLocalRandom.current().nextInt(1, Math.max(2, 99_999 - plans));

        List<Double> readable = new ArrayList<>();
        List<String> obligations = new ArrayList<>();
        int timedOut = 0;
        long started = System.nanoTime();
        for (int i = 0; i < plans; i++) {
            String symbol = (first + i) + "-KH/TU";
            String body = """
                    {"symbol": "%s", "issuingOrganizationCode": "TU-QUANGTRI", "issueDate": "2026-01-05",
                     "title": "Kế hoạch đo tải số %d thực hiện Nghị quyết số 21-NQ/TW",
                     "implementsDirective": {"symbol": "21-NQ/TW", "issueDate": "2022-06-16"},
                     "reportingRequirements": [{"reporterCodes": ["HU-VINHLINH"], "recipientCode": "TU-QUANGTRI",
                        "frequencies": ["ANNUAL"], "years": [2026], "dueDaysAfterPeriodEnd": 5}],
                     "signer": {"onBehalfOf": "T/M BAN THƯỜNG VỤ", "position": "Bí thư", "name": "Người ký"}}"""
                    .formatted(symbol, i);
            HttpResponse<String> draft = send("POST", planUrl + "/api/v1/plans", issuer, body);
            require(draft, 201, "draft " + symbol);
            String planId = first(ID, draft.body());
            HttpResponse<String> issued = send("POST", planUrl + "/api/v1/plans/" + planId + "/issue", issuer,
                    "{\"version\": " + first(VERSION, draft.body()) + "}");
            require(issued, 200, "issue " + symbol);
            long issuedAt = System.nanoTime();
            String query = reportingUrl + "/api/v1/obligations?size=5&planId=" + URLEncoder.encode(planId,
                    StandardCharsets.UTF_8);
            String found = null;
            while (found == null && System.nanoTime() - issuedAt < 30_000_000_000L) {
                HttpResponse<String> answer = send("GET", query, reporter, null);
                if (answer.statusCode() == 200 && !"0".equals(first(TOTAL, answer.body()))) {
                    found = first(ID, answer.body());
                } else {
                    Thread.sleep(2);
                }
            }
            if (found == null) {
                timedOut++;
                continue;
            }
            readable.add((System.nanoTime() - issuedAt) / 1e6);
            obligations.add(found);
        }
        double planSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "plans=%d%nplans_timed_out=%d%nplan_phase_s=%.1f%n", plans, timedOut, planSeconds);
        printPercentiles("readable", readable);

        // report submission: draft + submit for every obligation, C clients at once
        List<Double> drafts = Collections.synchronizedList(new ArrayList<>());
        List<Double> submits = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long writesStarted = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (String obligation : obligations) {
            work.add(pool.submit(() -> {
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> draft = send("POST", reportingUrl + "/api/v1/reports", reporter,
                            "{\"obligationId\": \"" + obligation + "\", \"indicators\": {\"NEW_MEMBERS_ADMITTED\": 12, "
                                    + "\"TOTAL_MEMBERS\": 5400}, \"narrative\": {\"results\": \"Báo cáo đo tải.\"}}");
                    long t1 = System.nanoTime();
                    if (draft.statusCode() != 201) {
                        failures.incrementAndGet();
                        return;
                    }
                    drafts.add((t1 - t0) / 1e6);
                    HttpResponse<String> submitted = send("POST", reportingUrl + "/api/v1/reports/"
                            + first(ID, draft.body()) + "/submit", reporter,
                            "{\"version\": " + first(VERSION, draft.body()) + "}");
                    if (submitted.statusCode() != 200) {
                        failures.incrementAndGet();
                        return;
                    }
                    submits.add((System.nanoTime() - t1) / 1e6);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        double writeSeconds = (System.nanoTime() - writesStarted) / 1e9;
        System.out.printf(Locale.ROOT, "write_clients=%d%nwrite_failures=%d%nwrites=%d%nwrites_per_s=%.0f%n"
                        + "reports_submitted_per_s=%.0f%n", clients, failures.get(), drafts.size() + submits.size(),
                (drafts.size() + submits.size()) / writeSeconds, submits.size() / writeSeconds);
        printPercentiles("draft", drafts);
        printPercentiles("submit", submits);
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void printPercentiles(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s_n=%d%n%s_p50_ms=%.1f%n%s_p95_ms=%.1f%n%s_p99_ms=%.1f%n%s_max_ms=%.1f%n", name,
                sorted.size(), name, percentile(sorted, 50), name, percentile(sorted, 95), name,
                percentile(sorted, 99), name, sorted.isEmpty() ? Double.NaN : sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
