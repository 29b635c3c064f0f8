package vn.cascade.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganizationPathsTest {

    @Test
    void shouldHoldItsDescendantsButNotASiblingWhoseIdStartsAlike() {
        assertTrue(OrganizationPaths.isInside("/a/b", "/a/b"));
        assertTrue(OrganizationPaths.isInside("/a/b/c", "/a/b"));
        assertFalse(OrganizationPaths.isInside("/a/bc", "/a/b"));
        assertFalse(OrganizationPaths.isInside("/a", "/a/b"));
    }

    @Test
    void shouldNameTheParentAndKeepTheRoot() {
        assertEquals("/a/b", OrganizationPaths.parentOf("/a/b/c"));
        assertEquals("/a", OrganizationPaths.parentOf("/a"));
    }
}
