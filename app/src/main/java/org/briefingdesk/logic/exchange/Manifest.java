package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/**
 * {@code manifest.json} of a bundle: format and application version, when it was made, counts per kind, how many
 * records were left out above the chosen sensitivity, and the SHA-256 of {@code bundle.json} in hex.
 */
public record Manifest(int formatVersion, String applicationVersion, Instant createdAt, Map<RecordKind, Long> counts,
                       long omitted, String sha256) {
    public Manifest {
        counts = Map.copyOf(counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", BundleFormat.FORMAT);
        g.writeNumberField("formatVersion", formatVersion);
        g.writeStringField("application", "Briefing Desk");
        g.writeStringField("applicationVersion", applicationVersion);
        g.writeStringField("createdAt", createdAt.toString());
        g.writeObjectFieldStart("counts");
        for (RecordKind kind : BundleFormat.ORDER) {
            g.writeNumberField(BundleFormat.arrayName(kind), counts.getOrDefault(kind, 0L));
        }
        g.writeEndObject();
        g.writeNumberField("omittedAboveSensitivity", omitted);
        g.writeStringField("sha256", sha256);
        g.writeEndObject();
    }

    /** The manifest a node describes; null fields where the node lacks them (the reader names what is missing). */
    static Manifest read(JsonNode n) {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        JsonNode c = n.path("counts");
        for (RecordKind kind : BundleFormat.ORDER) {
            counts.put(kind, c.path(BundleFormat.arrayName(kind)).asLong(0));
        }
        Instant created;
        try {
            created = n.hasNonNull("createdAt") ? Instant.parse(n.get("createdAt").asText()) : null;
        } catch (DateTimeException e) {
            created = null;
        }
        return new Manifest(n.path("formatVersion").asInt(-1), n.path("applicationVersion").asText(""), created,
                counts, n.path("omittedAboveSensitivity").asLong(0), n.path("sha256").asText(""));
    }
}
