package org.briefingdesk.output;

/** Text made safe for HTML and XML, in element content and in attribute values alike. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    // Control characters other than tab and newline are not allowed in XML at all.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    /** Escaped, with line breaks kept as {@code <br/>}. */
    static String lines(String text) {
        return escape(text).replace("\n", "<br/>\n");
    }
}
