package org.briefingdesk.logic.bench;

import java.util.List;

/**
 * Names of people: Czech ones with their feminine surnames (Novák, Nováková), and foreign ones,
 * whose women get the Czech form as an alias (Cooper → Cooperová) and some an apostrophe (O'Brien).
 */
final class CzechNames {
    static final List<String> CZECH_MEN = List.of("Jan", "Petr", "Tomáš", "Martin", "Jiří", "Pavel", "Vít",
            "Jakub", "Lukáš", "Ondřej", "Michal", "Marek", "Radek", "Zdeněk", "Aleš", "Vojtěch", "Štěpán", "Miroslav");
    static final List<String> CZECH_WOMEN = List.of("Jana", "Petra", "Lucie", "Kateřina", "Markéta", "Eva", "Hana",
            "Zuzana", "Věra", "Barbora", "Tereza", "Alena", "Šárka", "Radka", "Jitka", "Michaela");
    /** Czech surnames: the man's form and the woman's. */
    static final List<String[]> CZECH_SURNAMES = List.of(new String[] {"Novák", "Nováková"},
            new String[] {"Svoboda", "Svobodová"}, new String[] {"Dvořák", "Dvořáková"},
            new String[] {"Černý", "Černá"}, new String[] {"Procházka", "Procházková"},
            new String[] {"Kučera", "Kučerová"}, new String[] {"Veselý", "Veselá"},
            new String[] {"Horák", "Horáková"}, new String[] {"Němec", "Němcová"},
            new String[] {"Pospíšil", "Pospíšilová"}, new String[] {"Hájek", "Hájková"},
            new String[] {"Jelínek", "Jelínková"}, new String[] {"Král", "Králová"},
            new String[] {"Růžička", "Růžičková"}, new String[] {"Beneš", "Benešová"},
            new String[] {"Fiala", "Fialová"}, new String[] {"Sedláček", "Sedláčková"},
            new String[] {"Doležal", "Doležalová"}, new String[] {"Zeman", "Zemanová"},
            new String[] {"Kolář", "Kolářová"}, new String[] {"Navrátil", "Navrátilová"},
            new String[] {"Čermák", "Čermáková"}, new String[] {"Vaněk", "Vaňková"},
            new String[] {"Kříž", "Křížová"}, new String[] {"Bartoš", "Bartošová"},
            new String[] {"Rakušan", "Rakušanová"}, new String[] {"Šimek", "Šimková"},
            new String[] {"Žák", "Žáková"}, new String[] {"Říha", "Říhová"}, new String[] {"Matoušek", "Matoušková"});
    static final List<String> FOREIGN_MEN = List.of("James", "Jim", "Michael", "Thomas", "Pierre", "Lars", "Hans",
            "Piotr", "Sean", "Gerhard", "Matteo", "Javier", "Dimitris", "Mikko", "Jürgen", "Olaf");
    static final List<String> FOREIGN_WOMEN = List.of("Yvette", "Helen", "Sarah", "Anna", "Marie", "Giulia",
            "Katarzyna", "Aoife", "Ursula", "Nancy", "Ylva", "Ingrid", "Léa", "Agnieszka", "Sophie", "Elena");
    static final List<String> FOREIGN_SURNAMES = List.of("Cooper", "O'Callaghan", "Müller", "Schmidt", "Kowalski",
            "Rossi", "Dupont", "Andersson", "Murphy", "Kelly", "Smith", "García", "Fernández", "Jansen", "de Vries",
            "Horváth", "Nowak", "Papadopoulos", "Virtanen", "Hansen", "O'Brien", "Fischer", "Moreau", "Brennan");

    /** Titles of office, masculine and feminine. */
    static final List<String[]> TITLES = List.of(new String[] {"ministr vnitra", "ministryně vnitra"},
            new String[] {"náměstek ministra vnitra", "náměstkyně ministra vnitra"},
            new String[] {"velvyslanec", "velvyslankyně"},
            new String[] {"ředitel odboru azylové a migrační politiky", "ředitelka odboru azylové a migrační politiky"},
            new String[] {"policejní prezident", "policejní prezidentka"},
            new String[] {"státní tajemník", "státní tajemnice"},
            new String[] {"poradce ministra", "poradkyně ministra"},
            new String[] {"komisař pro vnitřní věci", "komisařka pro vnitřní věci"});

    private CzechNames() {
    }

    /** The Czech form of a foreign woman's surname: Cooper → Cooperová, Rossi → Rossiová. */
    static String czechFeminine(String surname) {
        return surname.endsWith("a") ? surname.substring(0, surname.length() - 1) + "ová" : surname + "ová";
    }
}
