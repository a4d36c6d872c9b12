package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.briefingdesk.logic.UserFacingException;

/**
 * Every file an export writes for the user: checked by {@link OutputPathGuard} (never the database, a backup or a
 * device), then written whole or not at all ({@link AtomicFileWrite}): a failed or cancelled export leaves nothing.
 */
public final class ExportFiles {
    /** What fills the file; it may throw a cancellation or a user-facing refusal. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    public static void write(Path target, Path database, Body body) {
        OutputPathGuard.check(target, database);
        try {
            AtomicFileWrite.write(target, body::writeTo);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.write", target, e.getMessage());
        }
    }
}
