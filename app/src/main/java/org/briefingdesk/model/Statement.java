package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Something a person said or holds: the original text (language code), an optional translation. */
public record Statement(UUID id, UUID speakerId, LocalDate date, UUID eventId, String text, String language,
                        String translation, StatementKind kind, List<UUID> topicIds,
                        RecordInfo info) implements StoredRecord {
    public Statement {
        text = Text.trimToEmpty(text);
        language = Text.isBlank(language) ? "cs" : language.strip().toLowerCase(Locale.ROOT);
        translation = Text.trimToEmpty(translation);
        kind = kind == null ? StatementKind.PARAPHRASE : kind;
        topicIds = Text.copy(topicIds);
        info = info == null ? RecordInfo.NEW : info;
    }
}
