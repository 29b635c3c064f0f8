package vn.cascade.plan.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cascade.common.security.OrganizationDirectory.Cessation;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.ImportWarning;

/**
 * An imported document names organisations as they were on its date (docs/reorganisation-2025.md): a 2022 plan's
 * "Tỉnh ủy Quảng Trị" is the committee of 2022, which has ceased since. The draft keeps what the document says; a
 * warning per ceased organisation tells the clerk who carries it on today, so that units, recipients and reporters
 * can be moved to the successor where the plan still runs.
 */
final class CeasedOrganizations {

    private CeasedOrganizations() {
    }

    static List<ImportWarning> warnings(PlanDraft draft, Function<String, Optional<Cessation>> cessationOf) {
        return namedCodes(draft).stream()
                .flatMap(code -> cessationOf.apply(code).map(cessation -> warning(code, cessation)).stream())
                .toList();
    }

    /** Every registered organisation the draft names beside its issuer, once, in the order the draft names them. */
    private static Set<String> namedCodes(PlanDraft draft) {
        Stream<String> units = draft.tasks().stream()
                .flatMap(task -> Stream.concat(task.leadUnits().stream(), task.cooperatingUnits().stream()))
                .map(Unit::organizationCode);
        Stream<String> reporting = draft.reportingRequirements().stream()
                .flatMap(r -> Stream.concat(r.reporterCodes().stream(), Stream.of(r.recipientCode(), r.viaCode())));
        Stream<String> recipients = draft.recipients().stream().map(Recipient::organizationCode);
        Stream<String> addressees = draft.subordinatePlans() == null ? Stream.empty()
                : draft.subordinatePlans().addressees().stream();
        return Stream.of(units, reporting, recipients, addressees).flatMap(s -> s)
                .filter(code -> code != null && !code.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static ImportWarning warning(String code, Cessation cessation) {
        String since = cessation.ceasedOn() == null ? "" : " on " + cessation.ceasedOn();
        String successors = cessation.carriedOnBy().stream()
                .map(successor -> successor.name() + " (" + successor.code() + ")")
                .collect(Collectors.joining(", "));
        return new ImportWarning(0, code, code + " has ceased" + since + (successors.isEmpty()
                ? " without successor: decide who does its part now"
                : "; carried on today by " + successors + ": move its part there if the plan still runs"));
    }
}
