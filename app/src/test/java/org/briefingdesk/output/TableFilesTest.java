package org.briefingdesk.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingdesk.logic.exchange.TableData;
import org.junit.jupiter.api.Test;

/** CSV and XLSX read back what was written, Czech text and dates included, and never hold a formula. */
class TableFilesTest {
    private static final List<String> HOSTILE = List.of("=1+2", "+420 123", "-5", "@SUM(A1)", "\tkarta", "\rnávrat",
            "=HYPERLINK(\"http://example.invalid\";\"klik\")");

    private static TableData table() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Vít Rakušan", LocalDate.of(2025, 3, 31), "Řekl: \"hranice; společně\"\nna dva řádky"));
        for (String hostile : HOSTILE) {
            rows.add(List.of(hostile, LocalDate.of(2024, 1, 2), "ok"));
        }
        return new TableData("Výroky", List.of("Řečník", "Datum", "Text"), rows);
    }

    @Test
    void csvIsUtf8WithABomSemicolonsAndQuotingAndReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(table(), ';', out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Řečník;Datum;Text\r\n"), text);

        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8))
                .getRecords();
        assertEquals("Vít Rakušan", records.get(1).get(0));
        assertEquals("2025-03-31", records.get(1).get(1));
        assertEquals("Řekl: \"hranice; společně\"\nna dva řádky", records.get(1).get(2));
        for (int i = 0; i < HOSTILE.size(); i++) {
            String cell = records.get(i + 2).get(0);
            assertEquals("'" + HOSTILE.get(i), cell, "shown as text by Excel and LibreOffice");
            assertTrue(!TableData.looksLikeFormula(cell));
        }
    }

    @Test
    void xlsxHasABoldFrozenHeaderRealDatesAndNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx(table(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Výroky");
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("Vít Rakušan", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1)));
            assertEquals(LocalDate.of(2025, 3, 31),
                    sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(sheet.getColumnWidth(2) > sheet.getColumnWidth(1));
            for (int i = 0; i < HOSTILE.size(); i++) {
                var cell = sheet.getRow(i + 2).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(HOSTILE.get(i), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "Excel shows it as text");
            }
            sheet.forEach(row -> row.forEach(cell -> assertTrue(cell.getCellType() != CellType.FORMULA)));
        }
    }
}
