package org.briefingdesk.output;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.briefingdesk.model.Sensitivity;

/**
 * Fonts and colours of the PDF. DejaVu Sans is embedded (as a subset: only the glyphs used) because
 * the 14 standard PDF fonts have no ř, ě or ů.
 */
final class PdfStyle {
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5f, 0x66, 0x6d);
    static final Color ACCENT = new Color(0x1d, 0x3f, 0x6e);
    static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    static final Color SHADE = new Color(0xf1, 0xf3, 0xf6);
    static final Color QUOTE_SHADE = new Color(0xf6, 0xf7, 0xf9);

    final BaseFont regular;
    final BaseFont bold;

    PdfStyle() {
        this.regular = load("/fonts/DejaVuSans.ttf");
        this.bold = load("/fonts/DejaVuSans-Bold.ttf");
    }

    Font font(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font boldFont(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    /** A marking's colour: the higher the sensitivity, the warmer. */
    static Color markingColor(Sensitivity sensitivity) {
        switch (sensitivity) {
            case SENSITIVE:
                return new Color(0xa3, 0x1d, 0x1d);
            case INTERNAL:
                return new Color(0xa8, 0x5a, 0x00);
            default:
                return new Color(0x2e, 0x6b, 0x30);
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            // Identity-H: Unicode text; embedded, and subset by default so the file stays small.
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font cannot be read: " + resource, e);
        }
    }
}
