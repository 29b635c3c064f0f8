package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.reporting.domain.Indicator;
import vn.cascade.reporting.domain.IndicatorCatalogue;
import vn.cascade.reporting.domain.Indicators;
import vn.cascade.reporting.events.outgoing.IndicatorEvents;
import vn.cascade.reporting.repository.IndicatorRepository;

/**
 * The indicator catalogue: everyone reads it, only an admin adds or changes an indicator. A change is written
 * at the version the admin read, so two admins never overwrite each other unseen.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final ReportingAccess access;
    private final IndicatorEvents events;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, ReportingAccess access, IndicatorEvents events, Clock clock) {
        this.indicators = indicators;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Indicator> list(Paging paging) {
        return indicators.page(paging);
    }

    /** The catalogue's English names by code (aliases included), for exports worded in English. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> englishNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Indicator indicator : indicators.keptCatalogue().all()) {
            if (indicator.nameEn != null) {
                names.put(indicator.code, indicator.nameEn);
            }
        }
        return names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(String code) {
        if (!Indicators.isCode(code)) {
            // nothing else can be in the catalogue; and a stray NUL never reaches the database
            throw DomainException.notFound("No indicator " + code).localized("indicator.not-found", code);
        }
        return indicators.findByIdOptional(code)
                .orElseThrow(() -> DomainException.notFound("No indicator " + code).localized("indicator.not-found", code));
    }

    public Indicator add(Indicator.Definition sent) {
        Indicator.Definition definition = checked(sent);
        IndicatorCatalogue catalogue = indicators.catalogue();
        if (catalogue.find(definition.code()).filter(found -> found.code.equals(definition.code())).isPresent()) {
            throw DomainException.conflict("The catalogue already has an indicator " + definition.code()
                    + "; change it with PUT").localized("indicator.exists", definition.code());
        }
        refuse(catalogue.refusals(definition));
        Indicator indicator = Indicator.defined(definition, catalogue.nextPosition(), OffsetDateTime.now(clock),
                access.callerName());
        indicators.persist(indicator);
        indicators.flush();
        indicators.changedOnCommit();
        events.defined(indicator);
        return indicator;
    }

    public Indicator change(String code, Long version, Indicator.Definition sent) {
        Indicator indicator = get(code);
        DomainException.requireVersion("Indicator " + code, indicator.version, version);
        Indicator.Definition definition = checked(sent);
        refuse(indicators.catalogue().refusals(definition));
        LocalDate today = LocalDate.now(clock);
        boolean wasRetired = indicator.validTo != null && indicator.validTo.isBefore(today);
        indicator.define(definition, OffsetDateTime.now(clock), access.callerName());
        indicators.flush();
        indicators.changedOnCommit();
        // after the flush: the event carries the version the change was written at
        events.changed(indicator, wasRetired, today);
        return indicator;
    }

    /** The form checked (400), names and keywords stored as NFC, aliases in upper case as sent. */
    private static Indicator.Definition checked(Indicator.Definition definition) {
        List<Violation> errors = new ArrayList<>(Indicators.violations(definition));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Set<String> aliases = definition.aliases() == null ? Set.of() : new TreeSet<>(definition.aliases());
        return new Indicator.Definition(definition.code(), VietnameseText.nfc(definition.nameVi().strip()),
                definition.nameEn().strip(), definition.kind(), definition.numerator(), definition.denominator(),
                VietnameseText.nfc(definition.unit().strip()), definition.validFrom(), definition.validTo(), aliases,
                definition.aggregation(), definition.standing(), definition.keywords() == null ? List.of()
                        : definition.keywords().stream().map(Indicators::keyword).distinct().toList(),
                definition.reportedAt());
    }

    /** Well-formed but refused by the catalogue as it stands: 422 with the reasons. */
    private static void refuse(List<Violation> refusals) {
        if (!refusals.isEmpty()) {
            throw DomainException.ruleBroken("The catalogue refuses this indicator", refusals)
                    .localized("indicator.refused");
        }
    }
}
