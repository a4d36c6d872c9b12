package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingdesk.bench.CzechWords.Noun;
import org.briefingdesk.bench.CzechWords.Verb;

/**
 * The corpus's vocabulary: real Czech lemmas of a ministry's writing (589 nouns, about 450 of them
 * written here and the rest the verbal nouns of the verbs, 232 adjectives and 144 verbs), each list
 * roughly in order of how often such texts use them. The generator draws from them with a Zipf law
 * ({@link Zipf}), so that a few words are everywhere, most are found in a few hundred records and
 * many in a handful, as in real text. Entries use the marks of {@link CzechWords#noun(String)}.
 */
final class CzechLexicon {
    private static final String NOUNS_TEXT = """
            bezpečnost spolupráce migrace hranice|hranic ochrana|ochran azyl ministr@ dohoda|dohod policie \
            summit>summit návrh>návrh systém zákon>zákon opatření jednání země stát unie|unií komise|komisí \
            situace|situací řízení politika|politik oblast~ krize|krizí podpora|podpor otázka|otázek \
            legislativa|legislativ kontrola|kontrol terorismus>terorism uprchlík@ žadatel@ návrat pomoc~ \
            strategie|strategií agentura|agentur delegace|delegací rozpočet>rozpočt infrastruktura|infrastruktur \
            zástupce@ vláda|vlád ministerstvo|ministerstev úřad orgán program projekt plán proces krok cíl \
            problém výsledek>výsledk rozvoj vývoj dialog kontakt režim mechanismus>mechanism prostor obchod \
            solidarita|solidarit integrace|integrací biometrie|biometrií novela|novel pakt síť~ údaj \
            hrozba|hrozeb výzva|výzev dron převaděč@ pašerák@ obchodník@ policista@ kolega@ předseda@ \
            velvyslanec>velvyslanc@ diplomat@ expert@ odborník@ komisař@ poslanec>poslanc@ senátor@ starosta@ \
            ředitel@ náměstek>náměstk@ prezident@ premiér@ občan@ cizinec>cizinc@ migrant@ pracovník@ \
            úředník@ soudce@ svědek>svědk@ oběť~ rodina|rodin žena|žen muž@ skupina|skupin organizace|organizací \
            instituce|institucí partner@ soused@ spojenec>spojenc@ sektor subjekt úroveň~ míra|měr počet>počt \
            nárůst pokles podíl kapacita|kapacit zdroj prostředek>prostředk fond dotace|dotací \
            příspěvek>příspěvk závazek>závazk úkol povinnost odpovědnost pravomoc~ kompetence|kompetencí \
            rozhodnutí usnesení nařízení směrnice|směrnic pravidlo|pravidel norma|norem standard postup \
            přístup nástroj prvek>prvk aspekt faktor důvod důsledek>důsledk dopad vliv význam zájem>zájm \
            priorita|priorit hodnota|hodnot princip zásada|zásad právo|práv svoboda|svobod demokracie|demokracií \
            stabilita|stabilit mír konflikt válka|válek útok|útok násilí \
            extremismus>extremism radikalizace|radikalizací \
            propaganda|propagand dezinformace|dezinformací kampaň~ kyberútok incident událost hrozba|hrozeb \
            riziko|rizik nebezpečí zranitelnost odolnost připravenost reakce|reakcí obrana|obran armáda|armád \
            voják@ hasič@ záchranář@ služba|služeb složka|složek jednotka|jednotek tým hlídka|hlídek \
            stanice|stanic přechod letiště^ přístav nádraží silnice|silnic dálnice|dálnic železnice|železnic \
            tunel most>most trasa|tras koridor území region město|měst kraj okres vesnice|vesnic \
            tábor zařízení centrum|center středisko|středisek ubytování budova|budov kancelář~ \
            pracoviště^ sídlo|sídel archiv registr databáze|databází informace|informací zpráva|zpráv \
            dokument analýza|analýz studie|studií průzkum výzkum statistika|statistik přehled hodnocení \
            posudek>posudk stanovisko|stanovisek prohlášení vyjádření sdělení dopis zápis protokol \
            smlouva|smluv úmluva|úmluv charta|chart deklarace|deklarací závěr \
            doporučení požadavek>požadavk podmínka|podmínek výjimka|výjimek sankce|sankcí pokuta|pokut \
            trest čin zločin kriminalita|kriminalit korupce|korupcí podvod padělek>padělk doklad pas průkaz \
            povolení vstup výstup pobyt tranzit přesun odsun přijetí vyhoštění deportace|deportací \
            repatriace|repatriací relokace|relokací přesídlení zadržení detence|detencí azylant@ \
            turista@ student@ trh práce|prací zaměstnanost zaměstnanec>zaměstnanc@ zaměstnavatel@ \
            mzda|mezd daň~ clo|cel příjem>příjm výdaj náklad investice|investic ekonomika|ekonomik \
            hospodářství průmysl energie|energií plyn ropa elektřina|elektřin dodávka|dodávek dovoz vývoz \
            technologie|technologií digitalizace|digitalizací software aplikace|aplikací platforma|platforem \
            algoritmus>algoritm inteligence|inteligencí umělec@ satelit radar kamera|kamer senzor \
            monitorování sledování dohled zpravodajství informátor@ agent@ špion@ špionáž~ sabotáž~ \
            vzdělávání školení výcvik cvičení simulace|simulací manuál příručka|příruček metodika|metodik \
            zkušenost znalost dovednost schopnost možnost příležitost budoucnost minulost současnost \
            veřejnost společnost novinář@ televize|televizí rozhlas internet web zpravodaj@ \
            konference|konferencí setkání schůzka|schůzek zasedání fórum>fór workshop seminář panel \
            debata|debat diskuse|diskusí vyjednávání konzultace|konzultací hlasování mandát \
            předsednictví presidium>presidi rada|rad parlament senát sněmovna|sněmoven výbor \
            skupina|skupin sekretariát odbor oddělení sekce|sekcí útvar kabinet tajemník@ \
            premiérka|premiérek ministryně velvyslanectví konzulát zastupitelství mise|misí operace|operací \
            akce|akcí aktivita|aktivit iniciativa|iniciativ kampaň~ reforma|reforem změna|změn úprava|úprav \
            modernizace|modernizací harmonizace|harmonizací koordinace|koordinací komunikace|komunikací \
            výměna|výměn sdílení přenos transfer záznam otisk>otisk fotografie|fotografií identita|identit \
            totožnost občanství národnost příslušnost menšina|menšin diaspora|diaspor komunita|komunit \
            náboženství kultura|kultur jazyk tlumočník@ překlad přepis asistence|asistencí zdravotnictví \
            nemocnice|nemocnic lékař@ epidemie|epidemií pandemie|pandemií očkování karanténa|karantén \
            katastrofa|katastrof požár sucho|such počasí evakuace|evakuací \
            obnova|obnov rekonstrukce|rekonstrukcí výstavba|výstaveb plot zeď>zd~ bariéra|bariér brána|bran \
            vrtulník loď~ letadlo|letadel vozidlo|vozidel auto|aut autobus kamion vlak náklad zásilka|zásilek \
            kontejner zboží zbraň~ munice|municí výbušnina|výbušnin droga|drog kokain heroin pervitin \
            hotovost měna|měn převod účet>účt banka|bank pojišťovna|pojišťoven majetek>majetk \
            termín lhůta|lhůt harmonogram etapa|etap fáze|fází období čtvrtletí rok měsíc týden>týdn \
            """;

    private static final String ADJECTIVES_TEXT = """
            evropský bezpečnostní migrační společný mezinárodní národní vnitřní vnější azylový policejní nový \
            hlavní státní členský účinný efektivní rychlý nelegální nezákonný legální kybernetický strategický \
            hraniční schengenský humanitární finanční politický právní ekonomický sociální veřejný soukromý \
            regionální místní obecní krajský celostátní globální digitální technický technologický moderní \
            současný budoucí minulý další poslední první druhý třetí hlavní klíčový zásadní důležitý významný \
            nezbytný potřebný nutný možný skutečný konkrétní podrobný celkový dlouhodobý krátkodobý trvalý \
            dočasný okamžitý naléhavý mimořádný zvláštní obecný základní společenský kulturní vzdělávací \
            zdravotní lékařský vojenský obranný civilní správní úřední diplomatický konzulární parlamentní \
            vládní ministerský předsednický volební ústavní trestní občanský pracovní daňový celní rozpočtový \
            investiční průmyslový energetický dopravní letecký námořní železniční silniční pozemní vzdušný \
            informační komunikační datový elektronický biometrický identifikační registrační kontrolní \
            dohledový zpravodajský operační analytický statistický výzkumný vědecký akademický odborný \
            profesní koordinační poradní výkonný legislativní normativní metodický procesní institucionální \
            organizační personální materiální logistický provozní kapacitní ubytovací přijímací detenční \
            návratový readmisní vízový pobytový tranzitní vstupní výstupní cizinecký uprchlický ukrajinský \
            syrský afghánský balkánský středomořský západní východní severní jižní středoevropský \
            transatlantický spojenecký partnerský bilaterální multilaterální dvoustranný mnohostranný \
            teroristický extremistický radikální násilný organizovaný zločinecký kriminální podvodný \
            korupční falešný padělaný neoprávněný nelegální riskantní nebezpečný kritický zranitelný odolný \
            stabilní bezpečný chráněný otevřený uzavřený transparentní spravedlivý rovný solidární \
            odpovědný zodpovědný ochotný připravený schopný nový aktuální pravidelný průběžný závěrečný \
            úvodní výroční čtvrtletní měsíční týdenní denní noční ranní pracovní neformální formální oficiální \
            veřejnoprávní jednotný komplexní integrovaný udržitelný zelený inovativní \
            sekundární primární přímý nepřímý vysoký nízký velký malý široký úzký silný slabý \
            """;

    private static final String VERBS_TEXT = """
            podporovat posílit zajistit schválit projednat prosazovat navrhovat odmítat přivítat zdůraznit \
            připravovat zpřísnit urychlit financovat kritizovat ocenit koordinovat monitorovat řešit zlepšit \
            rozšířit omezit zastavit obnovit upravit změnit připravit vyhodnotit analyzovat prověřit \
            kontrolovat chránit bránit zabránit předcházet posoudit přijmout>přijmout navýšit snížit zvýšit \
            prodloužit zkrátit zjednodušit sjednotit harmonizovat modernizovat digitalizovat vybudovat \
            zřídit zrušit pozastavit odložit zahájit ukončit dokončit splnit plnit porušit dodržovat \
            respektovat garantovat zaručit podepsat ratifikovat implementovat uplatňovat prosadit \
            vyjednat dojednat dohodnout konzultovat informovat upozornit varovat odsoudit ocenit \
            podpořit nabídnout>nabídnout poskytnout>poskytnout požadovat očekávat žádat \
            doporučit navrhnout>navrhnout předložit představit vysvětlit objasnit potvrdit popřít \
            zvážit zkoumat sledovat evidovat registrovat identifikovat ověřit lustrovat vyšetřovat \
            stíhat trestat pokutovat zadržet vyhostit deportovat vrátit přemístit přesídlit relokovat \
            ubytovat integrovat začlenit vzdělávat školit cvičit vybavit nakoupit pořídit dodat \
            vyčlenit alokovat uvolnit rozdělit přerozdělit investovat ušetřit zefektivnit optimalizovat \
            reformovat novelizovat regulovat legalizovat kriminalizovat zakázat povolit umožnit usnadnit \
            komplikovat ztížit ohrozit oslabit destabilizovat zneužít>zneužít zneužívat pašovat převádět \
            odhalit rozbít>rozbít zlikvidovat zmapovat zhodnotit vyčíslit odhadnout>odhadnout spočítat \
            """;

    /** Nouns in order of frequency; the verbal nouns of the verbs follow the nouns written here. */
    static final List<Noun> NOUNS;
    /** Adjectives in the masculine nominative, in order of frequency; hard ones end in ý, soft ones in í. */
    static final List<String> ADJECTIVES;
    /** Transitive verbs (they take the accusative), in order of frequency. */
    static final List<Verb> VERBS;

    static {
        Map<String, Noun> nouns = new LinkedHashMap<>();
        for (String entry : NOUNS_TEXT.trim().split("\\s+")) {
            Noun noun = CzechWords.noun(entry);
            nouns.putIfAbsent(noun.lemma(), noun);
        }
        Map<String, Verb> verbs = new LinkedHashMap<>();
        for (String entry : VERBS_TEXT.trim().split("\\s+")) {
            String infinitive = entry.contains(">") ? entry.substring(0, entry.indexOf('>')) : entry;
            boolean conjugated = infinitive.endsWith("at") || infinitive.endsWith("it") || infinitive.endsWith("et")
                    || infinitive.endsWith("ět");
            if (!conjugated) {
                continue; // -nout, -mout, -ít: classes the generator does not conjugate
            }
            verbs.putIfAbsent(infinitive, CzechWords.verb(infinitive));
        }
        for (Verb verb : verbs.values()) {
            nouns.putIfAbsent(verb.noun(), CzechWords.noun(verb.noun()));
        }
        List<String> adjectives = new ArrayList<>();
        for (String entry : ADJECTIVES_TEXT.trim().split("\\s+")) {
            if (!adjectives.contains(entry)) {
                adjectives.add(entry);
            }
        }
        NOUNS = List.copyOf(nouns.values());
        VERBS = List.copyOf(verbs.values());
        ADJECTIVES = List.copyOf(adjectives);
    }

    private CzechLexicon() {
    }
}
