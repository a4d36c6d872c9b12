package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingdesk.logic.exchange.ParticipantImport.Column;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;

/** Delegation lists from CSV and XLSX: columns mapped, rows matched by the duplicate guard, attached to an event. */
class ParticipantImportTest extends StoreFixture {
    private static final String LIST = "Jméno;Příjmení;Organizace;Země;Funkce;E-mail\n"
            + "Vit;Rakusan;Ministerstvo vnitra;Česko;ministr vnitra;\n"
            + "Kateřina;Dvořáková;Ministerstvo vnitra;CZ;ředitelka odboru;k.dvorakova@example.invalid\n"
            + "Łukasz;Źrebiec;MSWiA;Polsko;\"náměstek; pro migraci\";\n";

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void aUtf8ListIsMappedMatchedAttachedToTheSummitAndUndone() throws Exception {
        RecordStore store = sampleStore();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = LIST.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        TableReader.Rows rows = TableReader.read(file("delegace.csv", bytes));
        List<Column> mapping = ParticipantImport.guess(rows.headings());
        assertEquals(List.of(Column.GIVEN_NAME, Column.FAMILY_NAME, Column.ORGANISATION, Column.COUNTRY,
                Column.FUNCTION, Column.EMAIL), mapping);

        List<ParticipantImport.Row> preview = ParticipantImport.preview(store, "delegace.csv", rows, mapping);
        assertEquals(3, preview.size());
        assertEquals(List.of(SampleIds.RAKUSAN), preview.get(0).matches().stream().map(p -> p.id()).toList(),
                "Vit Rakusan is shown as the Vít Rakušan already here");
        assertTrue(preview.get(1).matches().isEmpty());
        assertEquals("PL", preview.get(2).person().countryCode());
        assertEquals("náměstek; pro migraci", preview.get(2).person().roles().get(0).title());
        long peopleBefore = store.people().count();
        int participantsBefore = store.events().findById(SampleIds.SUMMIT).orElseThrow().participants().size();

        var changes = ParticipantImport.changes(store, preview, Map.of(2, SampleIds.RAKUSAN), SampleIds.SUMMIT,
                ParticipationRole.ACCOMPANYING);
        AppliedImport applied = new ImportApplier(store).apply(changes, ExchangeMonitor.NONE);

        assertEquals(peopleBefore + 2, store.people().count());
        var summit = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        assertTrue(summit.participants().size() >= participantsBefore + 2);
        assertTrue(store.people().findAll().stream().anyMatch(p -> p.fullName().equals("Łukasz Źrebiec")));
        applied.undo();
        assertEquals(peopleBefore, store.people().count());
        assertEquals(participantsBefore, store.events().findById(SampleIds.SUMMIT).orElseThrow().participants().size());
    }

    @Test
    void aWindows1250ListIsReadAsSuchWithANote() throws Exception {
        Path file = file("delegace-1250.csv", LIST.getBytes(Charset.forName("windows-1250")));
        TableReader.Rows rows = TableReader.read(file);
        assertEquals("exchange.note.windows1250", rows.noteKey());
        assertEquals("Dvořáková", rows.rows().get(1).get(1));
        assertEquals("Příjmení", rows.headings().get(1));
    }

    private static void refused(String key, Path file) {
        ExchangeException e = assertThrows(ExchangeException.class, () -> TableReader.read(file));
        assertEquals(key, e.key());
        assertTrue(e.localizedMessage(Localization.forLanguage("cs"))
                .contains(file.getFileName().toString()));
    }

    @Test
    void badListsAreRefusedByLineOrCell() throws Exception {
        refused("exchange.error.encoding", file("binary.csv", new byte[] {'a', ';', (byte) 0xC3, (byte) 0x28,
            (byte) 0x98, '\n'}));
        refused("exchange.error.columns", file("mixed.csv", ("Jméno;Příjmení;Země\nVít;Rakušan;CZ\n"
                + "Jana,Nováková,CZ\n").getBytes(StandardCharsets.UTF_8)));
        Path formula = folder.resolve("vzorec.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(formula)) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Příjmení");
            sheet.createRow(1).createCell(0).setCellFormula("CONCATENATE(\"No\",\"vák\")");
            workbook.write(out);
        }
        refused("exchange.error.formula", formula);
        Path merged = folder.resolve("slouceno.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(merged)) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Jméno a příjmení");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            sheet.createRow(1).createCell(0).setCellValue("Vít Rakušan");
            workbook.write(out);
        }
        refused("exchange.error.mergedHeading", merged);
        refused("exchange.error.notXlsx", file("prazdny.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anXlsxListReadsItsValuesAndARowWithoutANameIsRefused() throws Exception {
        RecordStore store = newStore();
        Path xlsx = folder.resolve("delegace.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = workbook.createSheet();
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue("Jméno a příjmení");
            head.createCell(1).setCellValue("Poznámka");
            sheet.createRow(1).createCell(0).setCellValue("Ivette Cooperová");
            var noName = sheet.createRow(2);
            noName.createCell(1).setCellValue("jen poznámka");
            workbook.write(out);
        }
        TableReader.Rows rows = TableReader.read(xlsx);
        assertEquals(List.of(Column.FULL_NAME, Column.NOTE), ParticipantImport.guess(rows.headings()));
        ExchangeException e = assertThrows(ExchangeException.class, () -> ParticipantImport.preview(store,
                "delegace.xlsx", rows, ParticipantImport.guess(rows.headings())));
        assertEquals("exchange.error.rowNoName", e.key());
        assertEquals(0L, store.counts().get(RecordKind.PERSON));
    }
}
