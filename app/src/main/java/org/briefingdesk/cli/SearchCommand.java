package org.briefingdesk.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search "QUERY" [--type KIND] [--limit N] [--json]}: the window's search engine, with the same
 * results in the same order, as text or JSON.
 */
@Command(name = "search")
final class SearchCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(SearchCommand.class.getName());

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = {"-t", "--type"}, split = ",", paramLabel = "${bundle:cli.label.kind}",
            descriptionKey = "cli.search.type")
    private List<String> types = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "${bundle:cli.label.count}", descriptionKey = "cli.search.limit")
    private int limit = SearchService.DEFAULT_LIMIT;

    // Several words without quotes are one query, as typed into the search field.
    @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.query}", descriptionKey = "cli.search.query")
    private List<String> words;

    @Override
    public Integer call() {
        Set<RecordKind> kinds = kinds(types);
        if (limit < 1) {
            throw new UserFacingException("cli.search.badLimit", String.valueOf(limit));
        }
        String query = String.join(" ", words);
        SearchResult result;
        try (RecordStore store = app.openStore(OpenMode.READ)) {
            result = new SearchService(store.search()).search(query, kinds, limit);
        }
        // The log names counts only: what the user searched for may be sensitive.
        LOG.log(System.Logger.Level.INFO, "search: {0} hits of {1}", result.hits().size(), result.total());
        if (json) {
            app.out().println(JsonOutput.write(SearchResultJson.of(result, app.l10n())));
        } else {
            new SearchResultText(app.l10n(), app.out()).print(result);
        }
        return ExitCode.OK;
    }

    /** {@code --type} values in Czech or English; an unknown one is a user error naming it. */
    static Set<RecordKind> kinds(List<String> names) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            kinds.add(SearchQueryParser.kindNamed(name)
                    .orElseThrow(() -> new UserFacingException("cli.search.unknownType", name.strip())));
        }
        return kinds;
    }
}
