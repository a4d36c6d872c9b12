package org.briefingdesk.cli;

import java.util.UUID;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show <id>}: one record with everything linked to it, as text or {@code --json}. */
@Command(name = "show")
final class ShowCommand extends AppSubcommand {
    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Parameters(paramLabel = "${bundle:cli.label.id}", descriptionKey = "cli.show.id")
    private String id;

    @Override
    public Integer call() {
        UUID recordId = parse(id);
        try (RecordStore store = app.openStore(OpenMode.READ)) {
            RecordDetail detail = new RecordDetailService(store, app.l10n()).describe(recordId)
                    .orElseThrow(() -> new UserFacingException("cli.show.notFound", recordId, store.displayName()));
            if (json) {
                app.out().println(JsonOutput.write(detail));
            } else {
                new DetailText(app.l10n(), app.out()).print(detail);
            }
        }
        return ExitCode.OK;
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "cli.show.badId", text);
        }
    }
}
