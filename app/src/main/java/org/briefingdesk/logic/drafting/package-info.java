/**
 * The drafting assistant: a Czech press release becomes draft records (the report, the event and its
 * side meetings, people in the nominative with their functions, quotations and paraphrases, commitments
 * with deadlines, topics), each with the spans of the text it came from. Pure rules, offline and
 * deterministic: no JavaFX, no SQL, no network; the caller hands in the existing records to match.
 *
 * <p>Rules of our own rather than Lucene's Hunspell with Debian's {@code hunspell-cs}: that Czech
 * dictionary (Pavel Janík's, in LibreOffice's dictionaries) is licensed GPL-2 only, and shipping it in
 * the application's jar would put the distributed whole under the GPL instead of the EUPL-1.2. It would
 * also help little: the names of foreign people, the words that matter most here, are not in it. So
 * names, places and functions are brought to the nominative by small tables ({@code first-names.txt},
 * {@code cities.tsv}, {@code countries.tsv}, {@code functions.tsv} beside these classes) and suffix
 * rules ({@link org.briefingdesk.logic.drafting.Surnames}), and topics are matched by the search
 * stemmer ({@link org.briefingdesk.logic.search.CzechStemmer}).
 */
package org.briefingdesk.logic.drafting;
