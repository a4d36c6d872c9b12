package org.briefingdesk.logic.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes into a pack, and what the options keep out, on the sample data. */
class BriefingAssemblerTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 31);

    @TempDir
    Path folder;
    private RecordStore store;

    @BeforeEach
    void loadSample() {
        store = TestStores.createSample(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static BriefingOptions options() {
        return BriefingOptions.defaults().withPreparation(LocalDate.of(2025, 4, 10), "tester");
    }

    private BriefingPack cooper(BriefingOptions options) {
        return new BriefingAssembler(store).assemble(BriefingTarget.person(SampleIds.COOPER), options,
                BriefingMonitor.NONE);
    }

    /** All the text of a pack, one string, for looking things up. */
    static String text(BriefingPack pack) {
        StringBuilder out = new StringBuilder(pack.title()).append('\n').append(pack.targetLabel()).append('\n');
        pack.cover().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
        for (PackSection section : pack.sections()) {
            out.append(section.heading()).append('\n');
            section.blocks().forEach(b -> out.append(b).append('\n'));
        }
        return out.toString();
    }

    /** A statement of Cooper's at the bilateral meeting, at the given sensitivity. */
    private Statement cooperSays(String text, Sensitivity sensitivity) {
        return store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.COOPER)
                .with(Statement::date, DAY)
                .with(Statement::eventId, SampleIds.MEETING_UNITED_KINGDOM).with(Statement::text, text)
                .with(Statement::language, "en").with(Statement::kind, StatementKind.POSITION)
                .sensitivity(sensitivity).build());
    }

    @Test
    void sectionsComeInTheOrderOfTheIssue() {
        BriefingPack pack = cooper(options());
        assertEquals(List.of("Profil", "Historie jednání s naší stranou", "Jejich výroky podle témat",
                        "Naše výroky a závazky", "Otevřené úkoly ze zpráv", "Časová osa témat", "Příloha: zdroje"),
                pack.sections().stream().map(PackSection::heading).toList());
        assertEquals("Yvette Cooper", pack.targetLabel());
        assertEquals("VEŘEJNÉ", pack.marking());
    }

    @Test
    void cooperPackHasHerMeetingTheSummitAndTheMinistersCommitment() {
        String text = text(cooper(options()));
        assertTrue(text.contains("Bilaterální jednání se Spojeným královstvím"), text);
        assertTrue(text.contains("Border Security Summit"), text);
        assertTrue(text.contains("převaděčství, kybernetické hrozby"), text);
        assertTrue(text.contains("Vít Rakušan (ministr vnitra) — vedoucí delegace"), text);
        assertTrue(text.contains("ministryně vnitra, Home Office (od 5. 7. 2024)"), text);
        assertTrue(text.contains("Novelu migrační legislativy chceme vzhledem k mezinárodní situaci "
                + "schválit co nejdříve"), text);
        assertTrue(text.contains("verbatim=true"), "the minister's words are marked as a verbatim quote");
        assertTrue(text.contains("Stav: otevřený"), text);
        assertTrue(text.contains("Rozpracovat užší spolupráci se Spojeným královstvím"), text);
    }

    @Test
    void englishHeadingsWhenAskedFor() {
        BriefingPack pack = cooper(options().withLocale(Localization.ENGLISH));
        assertEquals("Meeting history with our side", pack.sections().get(1).heading());
        assertEquals("PUBLIC", pack.marking());
        assertTrue(text(pack).contains("31 Mar 2025"), text(pack));
        assertTrue(text(pack).contains("Given the international situation"), "the translation is given in English");
    }

    @Test
    void recordsAboveTheChosenSensitivityAreLeftOutAndCounted() {
        cooperSays("Public position on returns.", Sensitivity.PUBLIC);
        cooperSays("Internal remark on data sharing.", Sensitivity.INTERNAL);
        cooperSays("Sensitive remark on a named smuggling network.", Sensitivity.SENSITIVE);

        BriefingPack publicOnly = cooper(options().withMaxSensitivity(Sensitivity.PUBLIC));
        String text = text(publicOnly);
        assertTrue(text.contains("Public position on returns."));
        assertFalse(text.contains("Internal remark"), text);
        assertFalse(text.contains("Sensitive remark"), text);
        assertEquals(2, publicOnly.omittedRecords());
        assertTrue(text.contains("2 záznamy s citlivostí vyšší než „veřejné“"), text);
        assertEquals(Sensitivity.PUBLIC, publicOnly.sensitivity());

        BriefingPack internal = cooper(options().withMaxSensitivity(Sensitivity.INTERNAL));
        assertTrue(text(internal).contains("Internal remark"));
        assertFalse(text(internal).contains("Sensitive remark"));
        assertEquals(1, internal.omittedRecords());
        assertEquals("INTERNÍ", internal.marking(), "the marking is the highest sensitivity in the pack");

        BriefingPack all = cooper(options());
        assertEquals(0, all.omittedRecords());
        assertEquals("CITLIVÉ", all.marking());
    }

    @Test
    void aTargetAboveTheChosenSensitivityIsRefused() {
        store.people().save(RecordBuilder.from(store.people().findById(SampleIds.COOPER).orElseThrow())
                .sensitivity(Sensitivity.INTERNAL).build());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> cooper(options().withMaxSensitivity(Sensitivity.PUBLIC)));
        assertEquals("briefing.error.targetTooSensitive", e.key());
    }

    @Test
    void theDateRangeLeavesOutEarlierMeetings() {
        BriefingPack later = cooper(options().withDates(DAY.plusDays(1), null));
        String text = text(later);
        assertFalse(text.contains("Bilaterální jednání se Spojeným královstvím"), text);
        assertEquals(0, later.omittedRecords(), "out of range is not the same as left out for sensitivity");
    }

    @Test
    void anEventBringsInItsParticipants() {
        BriefingPack pack = new BriefingAssembler(store).assemble(BriefingTarget.event(SampleIds.MEETING_IRELAND),
                options(), BriefingMonitor.NONE);
        String text = text(pack);
        assertTrue(text.contains("Jim O'Callaghan"), text);
        assertFalse(pack.sections().get(0).blocks().stream()
                .anyMatch(b -> b.toString().contains("Subheading[text=Vít Rakušan]")),
                "our own minister gets no profile in a pack about the other side");
    }

    @Test
    void theCoverSaysWhatThePackIsForAndHowSensitiveItIs() {
        BriefingPack pack = cooper(options());
        assertEquals("Podklad k jednání s", pack.cover().get(0).label());
        assertEquals("Yvette Cooper", pack.cover().get(0).value());
        String sensitivity = pack.cover().stream().filter(f -> f.label().equals("Citlivost")).findFirst()
                .orElseThrow().value();
        assertEquals("veřejné – nejcitlivější záznam v podkladu (povoleny byly záznamy až do úrovně „citlivé“)",
                sensitivity);
        BriefingPack topic = new BriefingAssembler(store).assemble(
                BriefingTarget.topic(SampleIds.of("topic:migration")), options(), BriefingMonitor.NONE);
        assertEquals("Podklad k tématu", topic.cover().get(0).label());
        assertEquals("Briefing for a meeting with",
                cooper(options().withLocale(Localization.ENGLISH)).cover().get(0).label());
    }

    @Test
    void followUpsWithoutADueDateSaySoInTheDueColumn() {
        PackSection followUps = cooper(options()).sections().get(4);
        PackBlock.Table table = (PackBlock.Table) followUps.blocks().get(0);
        assertEquals("Termín", table.header().get(1));
        assertFalse(table.rows().isEmpty());
        assertTrue(table.rows().stream().allMatch(row -> !row.get(1).isBlank()), table.rows().toString());
        assertTrue(table.rows().stream().anyMatch(row -> row.get(1).equals("bez termínu")), table.rows().toString());
    }

    @Test
    void countryOrganisationAndTopicPacksAreMadeToo() {
        BriefingAssembler assembler = new BriefingAssembler(store);
        String country = text(assembler.assemble(BriefingTarget.country("IE"), options(), BriefingMonitor.NONE));
        assertTrue(country.contains("Irsko") && country.contains("Jim O'Callaghan"), country);
        String organisation = text(assembler.assemble(BriefingTarget.organisation(SampleIds.HOME_OFFICE), options(),
                BriefingMonitor.NONE));
        assertTrue(organisation.contains("Yvette Cooper"), organisation);
        UUID smuggling = SampleIds.of("topic:people-smuggling");
        String topic = text(assembler.assemble(BriefingTarget.topic(smuggling), options(), BriefingMonitor.NONE));
        assertTrue(topic.contains("Border Security Summit"), topic);
    }

    @Test
    void theTopicOptionKeepsOnlyThoseTopics() {
        UUID biometrics = SampleIds.of("topic:biometrics");
        String text = text(cooper(options().withTopics(Set.of(biometrics))));
        assertFalse(text.contains("Bilaterální jednání se Spojeným královstvím"),
                "the meeting was not about biometrics");
    }

    @Test
    void progressIsReportedAndCancellingStopsTheRun() {
        List<String> steps = new ArrayList<>();
        BriefingMonitor watching = new BriefingMonitor() {
            @Override
            public void progress(double fraction, String step) {
                steps.add(fraction + " " + step);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        cooper(options());
        new BriefingAssembler(store).assemble(BriefingTarget.person(SampleIds.COOPER), options(), watching);
        assertTrue(steps.size() >= 2, steps.toString());
        assertTrue(steps.get(0).startsWith("0.0"), steps.toString());

        BriefingMonitor cancelled = () -> true;
        assertThrows(BriefingCancelledException.class, () -> new BriefingAssembler(store)
                .assemble(BriefingTarget.person(SampleIds.COOPER), options(), cancelled));
    }

    @Test
    void namesResolveWithoutDiacriticsAndThroughAliases() {
        BriefingTargetResolver resolver = new BriefingTargetResolver(store, new Localization(Localization.CZECH));
        assertEquals(SampleIds.COOPER, resolver.resolve(BriefingTarget.Kind.PERSON, "cooperova").id());
        assertEquals(SampleIds.COOPER, resolver.resolve(BriefingTarget.Kind.PERSON, "Ivette Cooperovou").id());
        assertEquals(SampleIds.RAKUSAN, resolver.resolve(BriefingTarget.Kind.PERSON, "rakusan").id());
        assertEquals(SampleIds.COOPER, resolver.resolve(BriefingTarget.Kind.PERSON, SampleIds.COOPER.toString()).id());
        assertEquals("GB", resolver.resolve(BriefingTarget.Kind.COUNTRY, "gb").countryCode());
        assertEquals("IE", resolver.resolve(BriefingTarget.Kind.COUNTRY, "Irsko").countryCode());
        assertEquals(SampleIds.MINISTRY_OF_INTERIOR_CZ,
                resolver.resolve(BriefingTarget.Kind.ORGANISATION, "mv cr").id());
        assertEquals(SampleIds.of("topic:people-smuggling"),
                resolver.resolve(BriefingTarget.Kind.TOPIC, "prevadecstvi").id());
        UserFacingException ambiguous = assertThrows(UserFacingException.class,
                () -> resolver.resolve(BriefingTarget.Kind.TOPIC, "migra"));
        assertEquals("briefing.error.ambiguous", ambiguous.key());
        assertTrue(Set.of(ambiguous.args()).stream().map(String::valueOf).collect(Collectors.joining())
                .contains("migrace"));
    }
}
