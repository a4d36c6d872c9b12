package org.briefingdesk.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.briefingdesk.model.Source;

/** A record's sources, kept as a JSON array in its row: they are read and written only with it. */
final class SourcesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Source>> LIST = new TypeReference<>() {
    };

    private SourcesJson() {
    }

    static String write(List<Source> sources) {
        try {
            return MAPPER.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sources not serialisable", e);
        }
    }

    static List<Source> read(String json) {
        try {
            // Most records cite nothing: "[]" needs no parser (a table of 100,000 statements reads it for each).
            return json == null || json.isBlank() || "[]".equals(json) ? List.of() : MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged sources column", e);
        }
    }

    static String writeStrings(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    static List<String> readStrings(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged column", e);
        }
    }
}
