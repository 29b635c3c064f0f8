package vn.cascade.plan;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.repository.DirectiveRepository;

/** Puts organisations and directives on their topics the way directive-service does, and waits for the copies. */
@ApplicationScoped
public class Fixtures {

    public record Org(UUID id, String code, String path) {
    }

    /** Numbers handed out in sequence from a random start: two plans of one run never share a symbol by chance. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 50_000));

    /** A document number (1 to 99999) no other caller of this run has had. */
    public static int documentNumber() {
        return 100 + Math.floorMod(NEXT_NUMBER.getAndIncrement() - 100, 99_899);
    }

    private final CloudEventCodec codec;
    private final ObjectMapper objectMapper;
    private final OrganizationRepository organizations;
    private final DirectiveRepository directives;
    private final IndicatorCopyRepository indicators;

    Fixtures(CloudEventCodec codec, ObjectMapper objectMapper, OrganizationRepository organizations,
            DirectiveRepository directives, IndicatorCopyRepository indicators) {
        this.codec = codec;
        this.objectMapper = objectMapper;
        this.organizations = organizations;
        this.directives = directives;
        this.indicators = indicators;
    }

    public Org organization(String prefix, String name, OrganizationLevel level, Org parent) {
        return organization(prefix, name, level, OrganizationKind.PARTY_COMMITTEE, parent);
    }

    /** An advisory body of a committee (Ban Tổ chức, Văn phòng, Ủy ban Kiểm tra …): it oversees the committee's subtree. */
    public Org advisoryBody(String prefix, String name, Org committee) {
        return organization(prefix, name, OrganizationLevel.PROVINCIAL, OrganizationKind.ADVISORY_COMMISSION, committee);
    }

    public Org organization(String prefix, String name, OrganizationLevel level, OrganizationKind kind, Org parent) {
        UUID id = UUID.randomUUID();
        String code = prefix + "-" + id.toString().substring(0, 6).toUpperCase();
        String path = (parent == null ? "" : parent.path()) + "/" + id;
        publish(Topics.ORGANIZATIONS, id, OrganizationSnapshot.TYPE, new OrganizationSnapshot(id, code, name, null, level,
                kind, parent == null ? null : parent.id(), path, true, 1000, null,
                LocalDate.of(2020, 1, 1), null, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> organizations.findByIdOptional(id).isPresent()));
        return new Org(id, code, path);
    }

    /** Publishes a new version of an organisation (a restructuring, as directive-service announces it) and waits for it. */
    public void organization(OrganizationSnapshot snapshot) {
        publish(Topics.ORGANIZATIONS, snapshot.id(), OrganizationSnapshot.TYPE, snapshot);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> organizations.findByIdOptional(snapshot.id())
                        .map(found -> found.version == snapshot.version()).orElse(false)));
    }

    /** Publishes a directive with a made-up number and returns its symbol. */
    public String directive(String type, Org issuer, LocalDate issueDate, String status, List<Target> targets) {
        return directive(documentNumber() + "-" + type + "/TW", type, issuer, issueDate,
                status, targets);
    }

    /** Publishes the directive with this symbol and returns the symbol. */
    public String directive(String symbol, String type, Org issuer, LocalDate issueDate, String status, List<Target> targets) {
        UUID id = UUID.randomUUID();
        String eventType = "REVOKED".equals(status) ? DirectiveSnapshot.REVOKED : DirectiveSnapshot.PUBLISHED;
        publish(Topics.DIRECTIVES, id, eventType, new DirectiveSnapshot(id, symbol, type, issuer.id(), issuer.code(),
                issueDate, "XIII", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng", null, status, targets, List.of(), 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> directives.findByIdOptional(id).map(found -> found.status.equals(status)).orElse(false)));
        return symbol;
    }

    /** Publishes a directive as given (references, summary …), e.g. a guidance (HD), and waits for the copy to hold it. */
    public void directive(DirectiveSnapshot directive) {
        String eventType = directive.version() > 1 ? DirectiveSnapshot.AMENDED : DirectiveSnapshot.PUBLISHED;
        publish(Topics.DIRECTIVES, directive.id(), eventType, directive);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> directives.findByIdOptional(directive.id())
                        .map(found -> found.version >= directive.version()).orElse(false)));
    }

    /** Publishes the next version of the directive with this symbol in the new status (REVOKED, REPLACED, AMENDED). */
    public void changeDirective(String symbol, String status) {
        vn.cascade.plan.domain.Directive copy = QuarkusTransaction.requiringNew().call(() -> directives
                .findBySymbol(vn.cascade.common.documents.DocumentSymbol.parse(symbol).searchKey()).getFirst());
        String eventType = switch (status) {
            case "REVOKED" -> DirectiveSnapshot.REVOKED;
            case "REPLACED" -> DirectiveSnapshot.REPLACED;
            default -> DirectiveSnapshot.AMENDED;
        };
        long version = copy.version + 1;
        publish(Topics.DIRECTIVES, copy.id, eventType, new DirectiveSnapshot(copy.id, copy.symbol, copy.type, null,
                copy.issuingOrganizationCode, copy.issueDate, "XIII", copy.title, null, status, copy.targets, List.of(),
                version));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> directives.findByIdOptional(copy.id).map(found -> found.version == version).orElse(false)));
    }

    /** Publishes an indicator of the catalogue as reporting-service does, and waits for the copy to hold it. */
    public void indicator(String type, IndicatorSnapshot indicator) {
        publish(Topics.INDICATORS, indicator.code(), type, indicator);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.findByIdOptional(indicator.code())
                        .map(found -> found.version >= indicator.version()).orElse(false)));
    }

    /** Publishes a report event as reporting-service does, keyed by its obligation. */
    public void report(String type, ReportSnapshot report) {
        publish(Topics.REPORTS, report.obligationId(), type, report);
    }

    private void publish(String topic, Object key, String type, Object data) {
        try {
            KafkaProbe.send(topic, key.toString(), codec.encode(UUID.randomUUID().toString(),
                    URI.create("/cascade/directive-service"), type, key.toString(), OffsetDateTime.now(),
                    objectMapper.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
