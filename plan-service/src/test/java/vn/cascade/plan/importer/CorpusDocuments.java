package vn.cascade.plan.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.cascade.reader.OrganizationMatcher;

/**
 * The corpus of real published documents in {@code corpus/}: each {@code X.txt} as published, {@code X.source} (where
 * it came from, whether complete) and {@code X.facts} (facts a person read from it, one {@code key = value} a line,
 * in the keys of {@link ImportAccuracyTest#actualFacts}). {@code given.issuer} is what a clerk would pass as
 * issuingOrganizationCode when the text does not name the issuer. {@code organizations.txt} holds the organisations
 * the corpus names, as the organisation copy would.
 */
final class CorpusDocuments {

    record CorpusDocument(String resource, String givenIssuer, Map<String, String> expected) {
    }

    private CorpusDocuments() {
    }

    static List<CorpusDocument> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            List<CorpusDocument> documents = new ArrayList<>();
            for (Path text : files.filter(f -> f.getFileName().toString().endsWith(".txt")
                    && !f.getFileName().toString().equals("organizations.txt")).sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path facts = dir.resolve(name + ".facts");
                if (!Files.exists(facts) || !Files.exists(dir.resolve(name + ".source"))) {
                    throw new IllegalStateException("corpus/" + name + " needs a .facts and a .source file");
                }
                Map<String, String> expected = new LinkedHashMap<>();
                String given = null;
                for (String line : Files.readAllLines(facts, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int eq = line.indexOf('=');
                    String key = line.substring(0, eq).strip();
                    String value = line.substring(eq + 1).strip();
                    if (key.equals("given.issuer")) {
                        given = value;
                    } else {
                        expected.put(key, value);
                    }
                }
                documents.add(new CorpusDocument("corpus/" + name + ".txt", given, expected));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures' registry and the organisations the corpus names. */
    static OrganizationMatcher registry() {
        List<OrganizationMatcher.Known> known = new ArrayList<>(Documents.KNOWN);
        try {
            for (String line : Files.readAllLines(directory().resolve("organizations.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                known.add(new OrganizationMatcher.Known(parts[0].strip(), parts[1].strip(),
                        parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OrganizationMatcher(known, null);
    }

    private static Path directory() {
        try {
            return Path.of(CorpusDocuments.class.getClassLoader().getResource("corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
