package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.bench.CzechWords.Case;
import org.briefingdesk.bench.CzechWords.Gender;

/**
 * Names of people, roughly in order of how common they are: Czech surnames with their declension
 * for a man and a woman (Novák, Nováka, Novákem; Nováková, Novákovou — Svoboda, Svobodovi; Černý,
 * Černého; Hájek, Hájka, Hájková), and foreign ones, whose men are declined as Czech does it
 * (Cooper, Coopera, Cooperem) and whose women get the Czech form as an alias (Cooper → Cooperová),
 * some with an apostrophe (O'Brien).
 */
final class CzechNames {
    static final List<String> CZECH_MEN = List.of(("Jan Petr Tomáš Martin Jiří Pavel Jakub Lukáš Ondřej Michal Marek "
            + "Josef Jaroslav Milan Miroslav David Vojtěch Filip Adam Roman Radek Zdeněk Aleš Vít Štěpán Karel "
            + "Vladimír Daniel Matěj Libor Stanislav Luboš Vratislav Bohuslav Kamil Dominik Patrik "
            + "Richard").split(" "));
    static final List<String> CZECH_WOMEN = List.of(("Jana Petra Lucie Kateřina Markéta Eva Hana Zuzana Věra Barbora "
            + "Tereza Alena Šárka Radka Jitka Michaela Lenka Martina Veronika Monika Ivana Marie Klára Helena "
            + "Dagmar Simona Pavla Olga Renata Irena Blanka Romana Gabriela Adéla Kristýna").split(" "));
    static final List<String> FOREIGN_MEN = List.of(("James Michael Thomas Pierre Lars Hans Piotr Sean Gerhard "
            + "Matteo Javier Dimitris Mikko Jürgen Olaf Andrzej Stefan Luca Paolo Jean François Henrik Niels "
            + "Tamás Gábor Oleksandr Dmytro Wolfgang Antonio Miguel Patrick Brian").split(" "));
    static final List<String> FOREIGN_WOMEN = List.of(("Yvette Helen Sarah Anna Giulia Katarzyna Aoife Ursula "
            + "Nancy Ylva Ingrid Léa Agnieszka Sophie Elena Margarethe Nathalie Chiara Irene Maja Olena Kirsi "
            + "Siobhán Beatriz Ewa Ilse Annika").split(" "));

    /** A surname's forms for a man and for a woman, six cases each in {@link Case} order. */
    record Surname(List<String> man, List<String> woman, boolean foreign) {
        String of(boolean woman, Case c) {
            return (woman ? this.woman : this.man).get(c.ordinal());
        }
    }

    /** Czech surnames, most common first; {@code >stem} where the vowel drops (Hájek>Hájk). */
    private static final String CZECH_SURNAMES_TEXT = """
            Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec>Němc Marek Pospíšil Pokorný \
            Hájek>Hájk Král Jelínek>Jelínk Růžička Beneš Fiala Sedláček>Sedláčk Doležal Zeman Kolář Navrátil \
            Čermák Vaněk>Vaňk Urban Blažek>Blažk Kříž Kovář Kratochvíl Bartoš Vlček>Vlčk Polák Musil Kopecký \
            Šimek>Šimk Konečný Malý Holub Čech Štěpánek>Štěpánk Staněk>Staňk Kadlec>Kadlc Dostál Soukup Šťastný \
            Mareš Moravec>Moravc Sýkora Tichý Valenta Vávra Matoušek>Matoušk Bláha Říha Ševčík Bureš Hruška \
            Mašek>Mašk Pavlík Janda Hrubý Müller Kopecký Dušek>Dušk Havlíček>Havlíčk Mach Beran Lukáš \
            Vondráček>Vondráčk Šebesta Adámek>Adámk Hronek>Hronk Kubíček>Kubíčk Rakušan Žák Brabec>Brabc \
            Vojtíšek>Vojtíšk Hrabal Toman Kolařík Jireš Charvát Kazda Bednář Chalupa Skála Macháček>Macháčk \
            Hanák Sládek>Sládk Štěpán Vacek>Vack Kubát Hudec>Hudc Kalina Barták Kolín Šindelář Vrba Pešek>Pešk \
            Koubek>Koubk Zedník Holý Petrů Cibulka Doubrava Lacina Kasal Klíma Šafránek>Šafránk Hloušek>Hloušk \
            Stejskal Kalous Vítek>Vítk Skoupý Koudelka Hladík Dohnal Sobotka Paroubek>Paroubk Gross Zaorálek>Zaorálk \
            Chovanec>Chovanc Metnar Hamáček>Hamáčk Vondra Stropnický Drahoš Topolánek>Topolánk Nečas Rusnok \
            """;

    /** Foreign surnames, most common first. */
    private static final String FOREIGN_SURNAMES_TEXT = """
            Müller Schmidt Cooper Kowalski Rossi Dupont Andersson Murphy Kelly Smith García Fernández Jansen \
            Horváth Nowak Papadopoulos Virtanen Hansen O'Brien Fischer Moreau Brennan O'Callaghan Schneider \
            Weber Wagner Becker Hoffmann Martin Bernard Dubois Lefebvre Laurent Bianchi Romano Colombo Ricci \
            Lopez Martínez Sánchez Pérez Gonzalez Johansson Karlsson Nilsson Larsen Nielsen Jensen Korhonen \
            Mäkinen Wiśniewski Wójcik Lewandowski Kamiński Szabó Tóth Kovács Nagy Popescu Ionescu Petrov \
            Ivanov Shevchenko Kovalenko Bondarenko Walsh Byrne Ryan O'Sullivan O'Connor Brown Taylor Wilson \
            Johnson Williams Davies Evans Thomas Roberts Novak Horvat Kranjc Zupančič Georgiou Nikolaidis \
            De Vries Van Dijk Bakker Visser Peeters Janssens Maes Huber Gruber Bauer Pichler Steiner \
            """;

    static final List<Surname> CZECH_SURNAMES = parse(CZECH_SURNAMES_TEXT, false);
    static final List<Surname> FOREIGN_SURNAMES = parse(FOREIGN_SURNAMES_TEXT, true);

    /** Titles of office, masculine and feminine (used with a surname: "ministr Novák"). */
    static final List<String[]> TITLES = List.of(new String[] {"ministr vnitra", "ministryně vnitra"},
            new String[] {"náměstek ministra vnitra", "náměstkyně ministra vnitra"},
            new String[] {"velvyslanec", "velvyslankyně"},
            new String[] {"ředitel odboru azylové a migrační politiky", "ředitelka odboru azylové a migrační politiky"},
            new String[] {"policejní prezident", "policejní prezidentka"},
            new String[] {"státní tajemník", "státní tajemnice"},
            new String[] {"poradce ministra", "poradkyně ministra"},
            new String[] {"komisař pro vnitřní věci", "komisařka pro vnitřní věci"},
            new String[] {"ředitel cizinecké policie", "ředitelka cizinecké policie"},
            new String[] {"poslanec", "poslankyně"}, new String[] {"senátor", "senátorka"},
            new String[] {"mluvčí ministerstva", "mluvčí ministerstva"});

    private CzechNames() {
    }

    private static List<Surname> parse(String text, boolean foreign) {
        List<Surname> surnames = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String[] tokens = text.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String entry = tokens[i];
            if (entry.equals("De") || entry.equals("Van")) {
                entry = entry + " " + tokens[++i]; // De Vries, Van Dijk: one surname of two words
            }
            String lemma = entry.contains(">") ? entry.substring(0, entry.indexOf('>')) : entry;
            if (!seen.contains(lemma)) {
                seen.add(lemma);
                surnames.add(surname(entry, foreign));
            }
        }
        return List.copyOf(surnames);
    }

    /** Declines a surname as Czech declines it: adjectival (Černý), -a (Svoboda), soft or hard consonant. */
    private static Surname surname(String entry, boolean foreign) {
        String lemma = entry.contains(">") ? entry.substring(0, entry.indexOf('>')) : entry;
        String stem = entry.contains(">") ? entry.substring(entry.indexOf('>') + 1) : lemma;
        char last = lemma.charAt(lemma.length() - 1);
        List<String> man;
        String feminine;
        if (lemma.contains(" ") || "ieouůy".indexOf(last) >= 0 || lemma.endsWith("ý") && foreign) {
            man = same(lemma); // Rossi, Petrů, De Vries: not declined
            feminine = lemma;
        } else if (last == 'ý') {
            String s = lemma.substring(0, lemma.length() - 1);
            man = List.of(lemma, s + "ého", s + "ému", s + "ého", s + "ém", s + "ým");
            feminine = s + "á";
        } else if (last == 'a') {
            String s = lemma.substring(0, lemma.length() - 1);
            man = List.of(lemma, s + "y", s + "ovi", s + "u", s + "ovi", s + "ou");
            feminine = s + "ová";
        } else {
            boolean soft = "žščřcjďťň".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            String a = soft ? "e" : "a";
            man = List.of(lemma, stem + a, stem + "ovi", stem + a, stem + "ovi", stem + "em");
            feminine = stem + "ová";
        }
        List<String> woman = foreign ? same(lemma) : feminineForms(feminine);
        return new Surname(man, woman, foreign);
    }

    private static List<String> same(String lemma) {
        return List.of(lemma, lemma, lemma, lemma, lemma, lemma);
    }

    private static List<String> feminineForms(String feminine) {
        if (!feminine.endsWith("á")) {
            return same(feminine);
        }
        List<String> forms = new ArrayList<>();
        for (Case c : Case.values()) {
            forms.add(CzechWords.adjective(feminine.substring(0, feminine.length() - 1) + "ý", Gender.FEMININE, c));
        }
        return List.copyOf(forms);
    }

    /** The Czech form of a foreign woman's surname: Cooper → Cooperová, Rossi → Rossiová. */
    static String czechFeminine(String surname) {
        return surname.endsWith("a") ? surname.substring(0, surname.length() - 1) + "ová" : surname + "ová";
    }
}
