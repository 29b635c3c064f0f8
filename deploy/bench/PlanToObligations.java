import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The two measurements of deploy/bench/run that are not one repeated request (wrk does those):
 * <ol>
 *   <li>plan issued → obligations readable: a plan of Quảng Trị that makes Vĩnh Linh report once is drafted and
 *       issued, then Vĩnh Linh's reporter asks for the plan's obligations every 2 ms until one is there; the time from
 *       the issue's answer to that read, over N plans one after the other (p50/p95/p99);</li>
 *   <li>report submission: for each obligation so created and those of eight more plans asking Vĩnh Linh for every
 *       period of five years (20 obligations each), the reporter drafts a report and submits it, with C clients at
 *       once; the first third of the obligations (at most 100) is a warm-up, the rest timed (writes/s and
 *       p50/p95/p99 of each call);</li>
 *   <li>with {@code kafka} as first argument, the bare broker's share of the first: one record produced and consumed
 *       at a time on the stack's broker with the services' client settings (common's KafkaSettings: an idempotent
 *       producer with acks=all and linger.ms=5, a read_committed consumer at the default fetch settings), then once
 *       more with linger.ms=0; the time from {@code send} to the record in the consumer's hands over N records.</li>
 * </ol>
 * Run with the JDK's source launcher and kafka-clients (with slf4j-api) on the class path, as deploy/bench/run does
 * with reporting-service's packaged lib/main: {@code java -cp JARS PlanToObligations.java PLAN_URL REPORTING_URL
 * ISSUER_TOKEN REPORTER_TOKEN PLANS CLIENTS}, or {@code java -cp JARS PlanToObligations.java kafka CLIENT_PROPERTIES
 * N} (CLIENT_PROPERTIES: the launcher's admin client settings, KAFKA_CLIENT_CONFIG of stack.env). Prints
 * {@code key=value} lines for the run script.
 */
public class PlanToObligations {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private static final String ROUND_TRIP_TOPIC = "cascade.bench.round-trip.v1";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("kafka")) {
            kafka(args[1], Integer.parseInt(args[2]));
            return;
        }
        String planUrl = args[0];
        String reportingUrl = args[1];
        String issuer = args[2];
        String reporter = args[3];
        int plans = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        // symbols are numbered 1 to 99999: a random free stretch of that range per run
        int first = ThreadLocalRandom.current().nextInt(1, Math.max(2, 99_999 - plans - WRITE_PLANS));

        List<Double> readable = new ArrayList<>();
        List<String> obligations = new ArrayList<>();
        int timedOut = 0;
        long started = System.nanoTime();
        for (int i = 0; i < plans; i++) {
            String planId = issuePlan(planUrl, issuer, (first + i) + "-KH/TU", "Kế hoạch đo tải số " + i,
                    "[\"ANNUAL\"]", "[2026]");
            long issuedAt = System.nanoTime();
            List<String> found = obligationsOf(reportingUrl, reporter, planId, 2);
            if (found.isEmpty()) {
                timedOut++;
                continue;
            }
            readable.add((System.nanoTime() - issuedAt) / 1e6);
            obligations.addAll(found);
        }
        double planSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "plans=%d%nplans_timed_out=%d%nplan_phase_s=%.1f%n", plans, timedOut, planSeconds);
        printPercentiles("readable", readable);

        // More obligations for the write phase, not timed: plans asking every period of five years (20 each). The
        // first third (at most WARM_UP_OBLIGATIONS) is drafted and submitted as a warm-up, so that the timed writes run compiled
        // code, as a service that has served for a while does (100 cold writes measured the JIT, run 8a).
        for (int i = 0; i < WRITE_PLANS; i++) {
            String symbol = (first + plans + i) + "-KH/TU";
            List<String> owed = obligationsOf(reportingUrl, reporter, issuePlan(planUrl, issuer, symbol,
                    "Kế hoạch đo tải ghi báo cáo", "[\"QUARTERLY\", \"HALF_YEARLY\", \"NINE_MONTHS\", \"ANNUAL\"]",
                    "[2026, 2027, 2028, 2029, 2030]"), 10);
            if (owed.isEmpty()) {
                throw new IllegalStateException("no obligations of " + symbol + " after 30 s");
            }
            obligations.addAll(owed);
        }
        int warmUp = Math.min(WARM_UP_OBLIGATIONS, obligations.size() / 3);
        writes(reportingUrl, reporter, clients, obligations.subList(0, warmUp), true);
        writes(reportingUrl, reporter, clients, obligations.subList(warmUp, obligations.size()), false);
    }

    private static final int WRITE_PLANS = 8;
    private static final int WARM_UP_OBLIGATIONS = 100;

    /**
     * Drafts and issues a plan of Quảng Trị making Vĩnh Linh report at these frequencies (JSON array) in these years
     * (JSON array); returns its id.
     */
    private static String issuePlan(String planUrl, String issuer, String symbol, String title, String frequencies,
            String years) throws Exception {
        String body = """
                {"symbol": "%s", "issuingOrganizationCode": "TU-QUANGTRI", "issueDate": "2026-01-05",
                 "title": "%s thực hiện Nghị quyết số 21-NQ/TW",
                 "implementsDirective": {"symbol": "21-NQ/TW", "issueDate": "2022-06-16"},
                 "reportingRequirements": [{"reporterCodes": ["HU-VINHLINH"], "recipientCode": "TU-QUANGTRI",
                    "frequencies": %s, "years": %s, "dueDaysAfterPeriodEnd": 5}],
                 "signer": {"onBehalfOf": "T/M BAN THƯỜNG VỤ", "position": "Bí thư", "name": "Người ký"}}"""
                .formatted(symbol, title, frequencies, years);
        HttpResponse<String> draft = send("POST", planUrl + "/api/v1/plans", issuer, body);
        require(draft, 201, "draft " + symbol);
        String planId = first(ID, draft.body());
        require(send("POST", planUrl + "/api/v1/plans/" + planId + "/issue", issuer,
                "{\"version\": " + first(VERSION, draft.body()) + "}"), 200, "issue " + symbol);
        return planId;
    }

    /**
     * The plan's obligations (ids), asked for every {@code pauseMillis} until the consumer has written them (one
     * transaction, so all at once); empty after 30 s.
     */
    private static List<String> obligationsOf(String reportingUrl, String reporter, String planId, long pauseMillis)
            throws Exception {
        String query = reportingUrl + "/api/v1/obligations?size=100&planId=" + URLEncoder.encode(planId,
                StandardCharsets.UTF_8);
        long asked = System.nanoTime();
        while (System.nanoTime() - asked < 30_000_000_000L) {
            HttpResponse<String> answer = send("GET", query, reporter, null);
            if (answer.statusCode() == 200 && !"0".equals(first(TOTAL, answer.body()))) {
                List<String> ids = new ArrayList<>();
                Matcher matcher = ID.matcher(answer.body());
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
                return ids;
            }
            Thread.sleep(pauseMillis);
        }
        return List.of();
    }

    /** Draft + submit for every obligation, C clients at once; prints the figures unless it is the warm-up. */
    private static void writes(String reportingUrl, String reporter, int clients, List<String> obligations,
            boolean warmUp) throws Exception {
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
        if (warmUp) {
            System.out.printf(Locale.ROOT, "write_warm_up=%d%n", obligations.size());
            return;
        }
        System.out.printf(Locale.ROOT, "write_clients=%d%nwrite_failures=%d%nwrites=%d%nwrites_per_s=%.0f%n"
                        + "reports_submitted_per_s=%.0f%n", clients, failures.get(), drafts.size() + submits.size(),
                (drafts.size() + submits.size()) / writeSeconds, submits.size() / writeSeconds);
        printPercentiles("draft", drafts);
        printPercentiles("submit", submits);
    }

    /** The bare broker: N records produced and consumed one after the other, with linger.ms 5 (the services') and 0. */
    private static void kafka(String clientProperties, int records) throws Exception {
        Properties client = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(clientProperties))) {
            client.load(in);
        }
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(ROUND_TRIP_TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        printPercentiles("kafka", roundTrips(client, records, 5));
        printPercentiles("kafka_linger0", roundTrips(client, records, 0));
    }

    private static List<Double> roundTrips(Properties client, int records, int lingerMs) throws Exception {
        Properties producerConfig = new Properties();
        producerConfig.putAll(client);
        producerConfig.putAll(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        Properties consumerConfig = new Properties();
        consumerConfig.putAll(client);
        consumerConfig.putAll(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<Double> times = new ArrayList<>();
        TopicPartition partition = new TopicPartition(ROUND_TRIP_TOPIC, 0);
        byte[] value = new byte[1200]; // about a plan.issued event of the bench's plans
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig);
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.assign(Set.of(partition));
            consumer.seekToEnd(Set.of(partition));
            consumer.position(partition);
            producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, "warm-up", value)).get(); // connections, producer id
            drain(consumer, "warm-up");
            for (int i = 0; i < records; i++) {
                String key = "r" + i;
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, key, value));
                drain(consumer, key);
                times.add((System.nanoTime() - sent) / 1e6);
            }
        }
        return times;
    }

    /** Polls until the record with this key arrives. */
    private static void drain(KafkaConsumer<String, byte[]> consumer, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (key.equals(record.key())) {
                    return;
                }
            }
        }
        throw new IllegalStateException("record " + key + " not consumed within 30 s");
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
