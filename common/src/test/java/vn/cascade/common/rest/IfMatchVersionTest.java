package vn.cascade.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IfMatchVersionTest {

    record Change(String name, Long version) {
    }

    record Amendment(String reason, Change content) {
    }

    record Creation(String name) {
    }

    @Test
    void shouldFindTheVersionInTheBodyOrOneLevelDown() {
        assertEquals(Optional.of(""), IfMatchVersion.versionHolder(Change.class));
        assertEquals(Optional.of("content"), IfMatchVersion.versionHolder(Amendment.class));
        assertEquals(Optional.empty(), IfMatchVersion.versionHolder(Creation.class));
        assertEquals(Optional.empty(), IfMatchVersion.versionHolder(String.class));
    }

    @Test
    void shouldReadTheVersionOfAStrongTagOnly() {
        assertEquals(Optional.of(3L), ConditionalRequests.versionOf("\"3.1f0c2a9b5d3e7a41\""));
        assertEquals(Optional.of(12L), ConditionalRequests.versionOf(" \"12\" "));
        assertEquals(Optional.empty(), ConditionalRequests.versionOf("W/\"3.1f0c\""));
        assertEquals(Optional.empty(), ConditionalRequests.versionOf("3"));
        assertEquals(Optional.empty(), ConditionalRequests.versionOf("\"abc\""));
        assertEquals(Optional.empty(), ConditionalRequests.versionOf("\"99999999999999999999\""));
    }
}
