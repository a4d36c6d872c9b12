package org.briefingdesk.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.briefingdesk.model.Source;

/** A record's sources, kept as a JSON array in its row: they are read and written only with it. */
final class SourcesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Source>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
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

    /** The sources in a stored value; throws when it is not a JSON array of sources. */
    static List<Source> parse(String json) throws JsonProcessingException {
        // Most records cite nothing: "[]" needs no parser (a table of 100,000 statements reads it for each).
        return json == null || json.isBlank() || "[]".equals(json) ? List.of() : MAPPER.readValue(json, LIST);
    }

    /** The sources of the row; a stored value that is not a JSON array of sources reads as none (and is logged). */
    static List<Source> read(ResultSet rs, String column) throws SQLException {
        try {
            return parse(rs.getString(column));
        } catch (JsonProcessingException e) {
            StoredValues.reportUnreadable(rs, column);
            return List.of();
        }
    }

    static String writeStrings(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    /** A stored JSON array of strings; one that does not read is none (and is logged). */
    static List<String> readStrings(ResultSet rs, String column) throws SQLException {
        String json = rs.getString(column);
        try {
            return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            StoredValues.reportUnreadable(rs, column);
            return List.of();
        }
    }
}
