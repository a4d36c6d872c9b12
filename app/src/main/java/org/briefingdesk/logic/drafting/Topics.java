package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.search.CzechStemmer;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Topic;

/**
 * Topics of the tree found in the text by stemmed words: every content word of a topic's name in one
 * sentence, in any case or derived form ("migrační" meets "migrace", "převaděčských" meets
 * "převaděčství"). Where a topic and its parent match in the same sentence, the narrower one is kept.
 */
final class Topics {
    private static final Set<String> STOP = Set.of("a", "i", "o", "v", "ve", "s", "se", "z", "ze", "k", "ke", "na",
            "do", "u", "pro", "proti", "pod", "nad", "od", "po", "pri", "za", "the", "and", "of");
    private static final int MIN_PREFIX = 5;

    private final List<Topic> topics;
    private final Map<UUID, List<String>> stems = new LinkedHashMap<>();

    Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        for (Topic t : topics) {
            List<String> words = contentStems(t.name());
            if (!words.isEmpty()) {
                stems.put(t.id(), words);
            }
        }
    }

    static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (String word : SearchText.words(text)) {
            if (!STOP.contains(word)) {
                out.add(CzechStemmer.stem(word));
            }
        }
        return out;
    }

    /** A match: the topic and the words of the sentence that named it. */
    record Match(Topic topic, List<Span> words) {
    }

    /** The topics the tokens name, narrowest first when a parent matches too. */
    List<Match> in(List<Token> tokens) {
        List<String> sentence = new ArrayList<>();
        for (Token t : tokens) {
            sentence.add(t.word() && !STOP.contains(t.folded()) ? CzechStemmer.stem(t.folded()) : "");
        }
        List<Match> matches = new ArrayList<>();
        for (Topic topic : topics) {
            List<String> wanted = stems.get(topic.id());
            if (wanted == null) {
                continue;
            }
            List<Span> words = new ArrayList<>();
            boolean all = true;
            for (String stem : wanted) {
                boolean hit = false;
                for (int i = 0; i < tokens.size(); i++) {
                    if (matches(stem, sentence.get(i)) || stem.equals("eu") && europeanUnion(sentence, i)) {
                        words.add(tokens.get(i).span());
                        hit = true;
                    }
                }
                all &= hit;
            }
            if (all) {
                matches.add(new Match(topic, words));
            }
        }
        Set<UUID> parentsOfMatches = new HashSet<>();
        matches.forEach(m -> {
            if (m.topic().parentId() != null) {
                parentsOfMatches.add(m.topic().parentId());
            }
        });
        return matches.stream().filter(m -> !parentsOfMatches.contains(m.topic().id())).toList();
    }

    /** "Evropské unie" where a topic says "EU". */
    private static boolean europeanUnion(List<String> sentence, int i) {
        return sentence.get(i).startsWith("evrops") && i + 1 < sentence.size() && sentence.get(i + 1).startsWith("uni");
    }

    /** The same stem, or derived forms sharing all but the last letter of the shorter (at least five). */
    static boolean matches(String wanted, String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (wanted.equals(word)) {
            return true;
        }
        int common = 0;
        int max = Math.min(wanted.length(), word.length());
        while (common < max && wanted.charAt(common) == word.charAt(common)) {
            common++;
        }
        return common >= MIN_PREFIX && common >= max - 1;
    }
}
