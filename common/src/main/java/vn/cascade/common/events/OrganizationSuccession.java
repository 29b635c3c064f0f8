package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One link of a restructuring, seen from one of its two organisations: the other organisation, what happened
 * and the day it took effect.
 */
public record OrganizationSuccession(UUID organizationId, String code, SuccessionKind kind, LocalDate effective) {
}
