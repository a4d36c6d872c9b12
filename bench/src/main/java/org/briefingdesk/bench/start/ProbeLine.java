package org.briefingdesk.bench.start;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the window's start probe ({@code briefing-desk-probe STEP MILLIS [rows=N] [rss=KIB]}), with the
 * time the benchmark read it.
 *
 * @param millis     milliseconds from the child JVM's start to the step on screen, as the child measured them
 * @param wallMillis milliseconds from starting the child process to reading the line, as the benchmark measured them
 * @param rows       the rows the step showed (records counted, rows in the table, search results); -1 for a frame
 * @param rssKib     the child's resident memory at that moment, where its OS tells it
 */
public record ProbeLine(String step, long millis, long wallMillis, long rows, OptionalLong rssKib) {
    private static final Pattern LINE =
            Pattern.compile("briefing-desk-probe (\\S+) (\\d+)(?: rows=(\\d+))?(?: rss=(\\d+))?\\s*");

    static Optional<ProbeLine> parse(String line, long wallMillis) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        long rows = m.group(3) == null ? -1 : Long.parseLong(m.group(3));
        OptionalLong rss = m.group(4) == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(4)));
        return Optional.of(new ProbeLine(m.group(1), Long.parseLong(m.group(2)), wallMillis, rows, rss));
    }
}
