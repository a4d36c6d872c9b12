package org.briefingdesk.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.model.Source;

/**
 * A record's sources, kept as a JSON array in its row ({@code [{"title":…,"url":…}]}), and the changed fields of the
 * change log (an array of strings): they are read and written only with their row. Jackson's streaming parser and
 * generator, not its object mapper: the window reads these while it starts, and the mapper's 500 classes cost
 * more than all the rows of the overview.
 */
final class SourcesJson {
    private static final JsonFactory JSON = new JsonFactory();

    private SourcesJson() {
    }

    static String write(List<Source> sources) {
        return generate(g -> {
            g.writeStartArray();
            for (Source source : sources) {
                g.writeStartObject();
                g.writeStringField("title", source.title());
                g.writeStringField("url", source.url());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** The sources of the row; a stored value that is not a JSON array of sources reads as none (and is logged). */
    static List<Source> read(ResultSet rs, String column) throws SQLException {
        try {
            return parse(rs.getString(column));
        } catch (IOException e) {
            StoredValues.reportUnreadable(rs, column);
            return List.of();
        }
    }

    /** The sources in a stored value; throws when it is not a JSON array of sources. */
    static List<Source> parse(String json) throws IOException {
        // Most records cite nothing: "[]" needs no parser (a table of 100,000 statements reads it for each).
        if (json == null || json.isBlank() || "[]".equals(json)) {
            return List.of();
        }
        return parse(json, p -> {
            List<Source> sources = new ArrayList<>();
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String title = null;
                String url = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("title") && value == JsonToken.VALUE_STRING) {
                        title = p.getText();
                    } else if (field.equals("url") && value == JsonToken.VALUE_STRING) {
                        url = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                sources.add(new Source(title, url));
            }
            return sources;
        });
    }

    static String writeStrings(List<String> values) {
        return generate(g -> {
            g.writeStartArray();
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        });
    }

    /** A stored JSON array of strings; one that does not read is none (and is logged). */
    static List<String> readStrings(ResultSet rs, String column) throws SQLException {
        String json = rs.getString(column);
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return parse(json, p -> {
                List<String> values = new ArrayList<>();
                expect(p, JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    values.add(p.getText());
                }
                return values;
            });
        } catch (IOException e) {
            StoredValues.reportUnreadable(rs, column);
            return List.of();
        }
    }

    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private interface Reading<T> {
        T read(JsonParser parser) throws IOException;
    }

    private static String generate(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new IllegalStateException("not serialisable", e);
        }
        return out.toString();
    }

    private static <T> T parse(String json, Reading<T> reading) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            T value = reading.read(parser);
            if (parser.currentToken() != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw new IOException("expected the end of the array, found " + parser.currentToken());
            }
            return value;
        }
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.nextToken() != token) {
            throw new IOException("expected " + token + ", found " + parser.currentToken());
        }
    }
}
