package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Optional;

/**
 * JSON Schemas read from the class path (never fetched: the application makes no network connection), each
 * known by its published {@code $id}; a part of one ({@code #/$defs/person}) validates one record at a time.
 */
final class JsonSchemas {
    private final SchemaRegistry registry;

    /** Schemas whose ids start with {@code idPrefix}, found under the class path folder {@code folder}. */
    JsonSchemas(SpecificationVersion version, String idPrefix, String folder) {
        this.registry = SchemaRegistry.withDefaultDialect(version,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(idPrefix, "classpath:" + folder)));
    }

    Schema schema(String id) {
        return registry.getSchema(SchemaLocation.of(id));
    }

    /**
     * The first thing the node breaks, as the validator words it (with where it is), or empty. A valid node is
     * checked once, failing fast and collecting no annotations; only an invalid one is checked again for its words.
     */
    static Optional<String> firstError(Schema schema, JsonNode node) {
        if (schema.validate(node, OutputFormat.BOOLEAN)) {
            return Optional.empty();
        }
        List<Error> errors = schema.validate(node);
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0).toString());
    }
}
