package vn.cascade.directive.domain;

import java.util.UUID;

/** An organisation where it sat on some date: its parent and path then. */
public record Placed(Organization organization, UUID parentId, String path) {
}
