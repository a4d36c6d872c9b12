package org.briefingdesk.output;

/** The HTML pack's one stylesheet, inlined: the same house style as the PDF. */
final class HtmlStyle {
    static final String CSS = """
            :root { --ink: #1f2328; --muted: #5f666d; --accent: #1d3f6e; --rule: #c8cdd3; --shade: #f1f3f6;
                    --mark: #2e6b30; }
            body.internal { --mark: #a85a00; }
            body.sensitive { --mark: #a31d1d; }
            html { background: #e9ecef; }
            body { margin: 0; color: var(--ink); \
            font: 10.5pt/1.5 "DejaVu Sans", "Segoe UI", Calibri, Arial, sans-serif; }
            main { max-width: 46em; margin: 2.5em auto; padding: 3em 3.5em; background: #fff;
                   box-shadow: 0 1px 4px rgba(0,0,0,.15); }
            .marking { position: sticky; z-index: 1; text-align: center; font-weight: bold; font-size: 8pt;
                       letter-spacing: .12em; color: var(--mark); background: #fff; border: 1px solid var(--mark);
                       padding: .2em 0; }
            .marking.top { top: 0; }
            .marking.bottom { display: none; }
            .cover { border-bottom: 2px solid var(--accent); padding-bottom: 1.5em; margin-bottom: 1.5em; }
            .cover .kind { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-weight: bold;
                           margin: 0; }
            .cover h1 { font-size: 26pt; color: var(--accent); margin: .1em 0 .6em; }
            .cover-marking { font-weight: bold; font-size: 13pt; color: var(--mark); letter-spacing: .08em; }
            nav.contents ol { margin: 0 0 1em; padding-left: 1.4em; }
            nav.contents a { color: var(--accent); text-decoration: none; }
            section { counter-increment: section; }
            h2 { font-size: 14pt; color: var(--accent); border-bottom: 1.5px solid var(--accent); padding-bottom: .15em;
                 margin: 1.8em 0 .6em; break-after: avoid; page-break-after: avoid; }
            h2::before { content: counter(section) "\\2003"; }
            h3 { font-size: 11pt; margin: 1.2em 0 .4em; break-after: avoid; page-break-after: avoid; }
            p { margin: .3em 0 .6em; }
            .note { color: var(--muted); font-style: italic; }
            table { width: 100%; border-collapse: collapse; margin: .3em 0 1em; font-size: 9pt; }
            th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--rule); }
            table.facts th { width: 28%; color: var(--muted); font-weight: bold; }
            table.grid thead th { background: var(--shade); }
            tr { break-inside: avoid; page-break-inside: avoid; }
            table.print-frame { width: 100%; margin: 0; font-size: inherit; border-collapse: collapse; }
            table.print-frame > * > tr > td { padding: 0; border: none; }
            table.print-frame > tbody > tr { break-inside: auto; page-break-inside: auto; }
            table.print-frame > thead, table.print-frame > tfoot { display: none; }
            .print-marking { text-align: center; font-weight: bold; font-size: 8pt; letter-spacing: .12em;
                             color: var(--mark); padding: 0 0 4mm; }
            tfoot .print-marking { padding: 4mm 0 0; }
            figure.quote { margin: .5em 0 .9em; padding: .7em 1em .7em 1.1em; background: #f6f7f9;
                           border-left: 3px solid var(--accent); break-inside: avoid; page-break-inside: avoid; }
            .quote-kind { font-size: 7pt; font-weight: bold; letter-spacing: .1em; text-transform: uppercase;
                          color: var(--accent); }
            blockquote { margin: .3em 0; font-size: 10.5pt; }
            figcaption { font-size: 8.5pt; color: var(--muted); }
            @page { size: A4; margin: 14mm 20mm; }
            @media print {
              html { background: none; }
              main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
              .marking { display: none; }
              table.print-frame > thead { display: table-header-group; }
              table.print-frame > tfoot { display: table-footer-group; }
              .cover { border: none; }
              nav.contents { break-after: page; page-break-after: always; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private HtmlStyle() {
    }
}
