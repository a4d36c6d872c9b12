package org.briefingdesk.logic.bench;

import java.util.List;

/**
 * Czech words of the ministry's subject with their real case endings, so that the synthetic corpus
 * inflects as staff write ("hranice", "hranic", "hranicím"; "ministr", "ministra", "ministrem") and
 * stemming, diacritics folding and phrases meet the forms they meet in real records.
 */
final class CzechWords {
    /** The six cases the generator uses (no vocative: nobody is addressed in a record). */
    enum Case { NOM, GEN, DAT, ACC, LOC, INS }

    /** Grammatical gender and number, which choose an adjective's endings. */
    enum Gender { MASCULINE, ANIMATE, FEMININE, NEUTER, PLURAL }

    /** A noun's forms in {@link Case} order. */
    record Noun(Gender gender, List<String> forms) {
        String form(Case c) {
            return forms.get(c.ordinal());
        }
    }

    static final List<Noun> NOUNS = List.of(
            plural("hranice", "hranic", "hranicím", "hranice", "hranicích", "hranicemi"),
            feminine("migrace", "migrace", "migraci", "migraci", "migraci", "migrací"),
            feminine("bezpečnost", "bezpečnosti", "bezpečnosti", "bezpečnost", "bezpečnosti", "bezpečností"),
            feminine("spolupráce", "spolupráce", "spolupráci", "spolupráci", "spolupráci", "spoluprací"),
            masculine("azyl", "azylu", "azylu", "azyl", "azylu", "azylem"),
            feminine("legislativa", "legislativy", "legislativě", "legislativu", "legislativě", "legislativou"),
            feminine("ochrana", "ochrany", "ochraně", "ochranu", "ochraně", "ochranou"),
            neuter("převaděčství", "převaděčství", "převaděčství", "převaděčství", "převaděčství", "převaděčstvím"),
            feminine("policie", "policie", "policii", "policii", "policii", "policií"),
            feminine("dohoda", "dohody", "dohodě", "dohodu", "dohodě", "dohodou"),
            masculine("summit", "summitu", "summitu", "summit", "summitu", "summitem"),
            masculine("terorismus", "terorismu", "terorismu", "terorismus", "terorismu", "terorismem"),
            feminine("kontrola", "kontroly", "kontrole", "kontrolu", "kontrole", "kontrolou"),
            plural("uprchlíci", "uprchlíků", "uprchlíkům", "uprchlíky", "uprchlících", "uprchlíky"),
            plural("žadatelé", "žadatelů", "žadatelům", "žadatele", "žadatelích", "žadateli"),
            masculine("návrat", "návratu", "návratu", "návrat", "návratu", "návratem"),
            feminine("biometrie", "biometrie", "biometrii", "biometrii", "biometrii", "biometrií"),
            plural("hrozby", "hrozeb", "hrozbám", "hrozby", "hrozbách", "hrozbami"),
            masculine("zákon", "zákona", "zákonu", "zákon", "zákoně", "zákonem"),
            feminine("novela", "novely", "novele", "novelu", "novele", "novelou"),
            masculine("pakt", "paktu", "paktu", "pakt", "paktu", "paktem"),
            feminine("solidarita", "solidarity", "solidaritě", "solidaritu", "solidaritě", "solidaritou"),
            neuter("řízení", "řízení", "řízení", "řízení", "řízení", "řízením"),
            plural("víza", "víz", "vízům", "víza", "vízech", "vízy"),
            neuter("pašování", "pašování", "pašování", "pašování", "pašování", "pašováním"),
            feminine("krize", "krize", "krizi", "krizi", "krizi", "krizí"),
            plural("drony", "dronů", "dronům", "drony", "dronech", "drony"),
            feminine("agentura", "agentury", "agentuře", "agenturu", "agentuře", "agenturou"),
            feminine("delegace", "delegace", "delegaci", "delegaci", "delegaci", "delegací"),
            neuter("opatření", "opatření", "opatření", "opatření", "opatření", "opatřením"),
            neuter("financování", "financování", "financování", "financování", "financování", "financováním"),
            feminine("integrace", "integrace", "integraci", "integraci", "integraci", "integrací"),
            plural("výzvy", "výzev", "výzvám", "výzvy", "výzvách", "výzvami"),
            masculine("prostor", "prostoru", "prostoru", "prostor", "prostoru", "prostorem"),
            feminine("infrastruktura", "infrastruktury", "infrastruktuře", "infrastrukturu", "infrastruktuře",
                    "infrastrukturou"),
            plural("sítě", "sítí", "sítím", "sítě", "sítích", "sítěmi"),
            feminine("strategie", "strategie", "strategii", "strategii", "strategii", "strategií"),
            masculine("systém", "systému", "systému", "systém", "systému", "systémem"),
            plural("údaje", "údajů", "údajům", "údaje", "údajích", "údaji"),
            masculine("obchod", "obchodu", "obchodu", "obchod", "obchodě", "obchodem"),
            neuter("vyhoštění", "vyhoštění", "vyhoštění", "vyhoštění", "vyhoštění", "vyhoštěním"),
            feminine("pomoc", "pomoci", "pomoci", "pomoc", "pomoci", "pomocí"),
            plural("úřady", "úřadů", "úřadům", "úřady", "úřadech", "úřady"),
            masculine("rozpočet", "rozpočtu", "rozpočtu", "rozpočet", "rozpočtu", "rozpočtem"));

    /** Adjectives in the masculine nominative; hard ones end in ý, soft ones in í. */
    static final List<String> ADJECTIVES = List.of("evropský", "nelegální", "vnější", "bezpečnostní", "migrační",
            "azylový", "společný", "mezinárodní", "schengenský", "hraniční", "účinný", "rychlý", "národní",
            "policejní", "nový", "kybernetický", "efektivní", "strategický", "inovativní", "sekundární",
            "humanitární", "digitální", "společenský", "regionální");

    /** Verbs that take the accusative, as the speaker's "we" says them. */
    static final List<String> VERBS_WE = List.of("podporujeme", "navrhujeme", "prosazujeme", "odmítáme", "vítáme",
            "chceme posílit", "musíme zajistit", "budeme prosazovat", "připravujeme", "potřebujeme",
            "chceme co nejdříve schválit", "zpřísňujeme", "hodláme urychlit");

    /** The same verbs of a country or institution ("Česko podporuje ..."). */
    static final List<String> VERBS_IT = List.of("podporuje", "navrhuje", "prosazuje", "odmítá", "vítá",
            "připravuje", "zpřísňuje", "projednává", "financuje", "kritizuje");

    /** Past tense of a man and a woman, for reported speech. */
    static final List<String[]> VERBS_PAST = List.of(new String[] {"podpořil", "podpořila"},
            new String[] {"navrhl", "navrhla"}, new String[] {"odmítl", "odmítla"},
            new String[] {"zdůraznil", "zdůraznila"}, new String[] {"přivítal", "přivítala"},
            new String[] {"kritizoval", "kritizovala"}, new String[] {"projednal", "projednala"},
            new String[] {"ocenil", "ocenila"});

    private CzechWords() {
    }

    /** The adjective's form agreeing with a noun of {@code gender} in {@code c}. */
    static String adjective(String lemma, Gender gender, Case c) {
        String stem = lemma.substring(0, lemma.length() - 1);
        boolean soft = lemma.endsWith("í");
        String[] endings = soft ? softEndings(gender) : hardEndings(gender);
        return stem + endings[c.ordinal()];
    }

    private static String[] hardEndings(Gender gender) {
        return switch (gender) {
            case MASCULINE -> new String[] {"ý", "ého", "ému", "ý", "ém", "ým"};
            case ANIMATE -> new String[] {"ý", "ého", "ému", "ého", "ém", "ým"};
            case FEMININE -> new String[] {"á", "é", "é", "ou", "é", "ou"};
            case NEUTER -> new String[] {"é", "ého", "ému", "é", "ém", "ým"};
            case PLURAL -> new String[] {"é", "ých", "ým", "é", "ých", "ými"};
        };
    }

    private static String[] softEndings(Gender gender) {
        return switch (gender) {
            case FEMININE -> new String[] {"í", "í", "í", "í", "í", "í"};
            case PLURAL -> new String[] {"í", "ích", "ím", "í", "ích", "ími"};
            case ANIMATE -> new String[] {"í", "ího", "ímu", "ího", "ím", "ím"};
            case MASCULINE, NEUTER -> new String[] {"í", "ího", "ímu", "í", "ím", "ím"};
        };
    }

    private static Noun masculine(String... forms) {
        return new Noun(Gender.MASCULINE, List.of(forms));
    }

    private static Noun feminine(String... forms) {
        return new Noun(Gender.FEMININE, List.of(forms));
    }

    private static Noun neuter(String... forms) {
        return new Noun(Gender.NEUTER, List.of(forms));
    }

    private static Noun plural(String... forms) {
        return new Noun(Gender.PLURAL, List.of(forms));
    }
}
