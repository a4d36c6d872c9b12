package org.briefingdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.briefingdesk.logic.VisibleText;

/**
 * Everything the command line prints passes here: record text may hold ESC, OSC, BEL, NUL or
 * bidirectional overrides (another tool, a paste), which must not reach the terminal as what they
 * are (an escape sequence can set the window title or rewrite the screen). They are printed visibly
 * ({@link VisibleText}); line feeds, tabs and a carriage return before a line feed pass.
 */
final class TerminalWriter extends FilterWriter {
    private boolean pendingReturn;

    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            if (c == '\n') {
                out.write("\r\n");
                return;
            }
            out.write("^M"); // a carriage return without a line feed would let text overwrite the line
        }
        if (c == '\r') {
            pendingReturn = true;
            return;
        }
        String visible = VisibleText.escape(c);
        if (visible == null) {
            out.write(c);
        } else {
            out.write(visible);
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("^M");
        }
        super.close();
    }
}
