package org.briefingdesk.logic.bench;

import java.util.List;

/** Countries and cities as Czech sentences need them: "v Londýně", "s Irskem", "irským ministrem". */
final class CzechPlaces {
    /** A country: ISO code, its name in nominative, genitive, locative and instrumental, and its adjective. */
    record Country(String code, String nom, String gen, String loc, String ins, String adjective) {
    }

    /** A city, its locative ("v Londýně") and its country's code. */
    record City(String nom, String loc, String countryCode) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("CZ", "Česko", "Česka", "Česku", "Českem", "český"),
            new Country("SK", "Slovensko", "Slovenska", "Slovensku", "Slovenskem", "slovenský"),
            new Country("AT", "Rakousko", "Rakouska", "Rakousku", "Rakouskem", "rakouský"),
            new Country("DE", "Německo", "Německa", "Německu", "Německem", "německý"),
            new Country("PL", "Polsko", "Polska", "Polsku", "Polskem", "polský"),
            new Country("GB", "Spojené království", "Spojeného království", "Spojeném království",
                    "Spojeným královstvím", "britský"),
            new Country("IE", "Irsko", "Irska", "Irsku", "Irskem", "irský"),
            new Country("FR", "Francie", "Francie", "Francii", "Francií", "francouzský"),
            new Country("IT", "Itálie", "Itálie", "Itálii", "Itálií", "italský"),
            new Country("ES", "Španělsko", "Španělska", "Španělsku", "Španělskem", "španělský"),
            new Country("NL", "Nizozemsko", "Nizozemska", "Nizozemsku", "Nizozemskem", "nizozemský"),
            new Country("BE", "Belgie", "Belgie", "Belgii", "Belgií", "belgický"),
            new Country("HU", "Maďarsko", "Maďarska", "Maďarsku", "Maďarskem", "maďarský"),
            new Country("SE", "Švédsko", "Švédska", "Švédsku", "Švédskem", "švédský"),
            new Country("DK", "Dánsko", "Dánska", "Dánsku", "Dánskem", "dánský"),
            new Country("FI", "Finsko", "Finska", "Finsku", "Finskem", "finský"),
            new Country("GR", "Řecko", "Řecka", "Řecku", "Řeckem", "řecký"),
            new Country("UA", "Ukrajina", "Ukrajiny", "Ukrajině", "Ukrajinou", "ukrajinský"),
            new Country("US", "Spojené státy", "Spojených států", "Spojených státech", "Spojenými státy",
                    "americký"),
            new Country("SI", "Slovinsko", "Slovinska", "Slovinsku", "Slovinskem", "slovinský"));

    static final List<City> CITIES = List.of(
            new City("Londýn", "Londýně", "GB"), new City("Praha", "Praze", "CZ"), new City("Brno", "Brně", "CZ"),
            new City("Brusel", "Bruselu", "BE"), new City("Vídeň", "Vídni", "AT"), new City("Berlín", "Berlíně", "DE"),
            new City("Varšava", "Varšavě", "PL"), new City("Řím", "Římě", "IT"), new City("Paříž", "Paříži", "FR"),
            new City("Dublin", "Dublinu", "IE"), new City("Bratislava", "Bratislavě", "SK"),
            new City("Madrid", "Madridu", "ES"), new City("Haag", "Haagu", "NL"),
            new City("Budapešť", "Budapešti", "HU"), new City("Stockholm", "Stockholmu", "SE"),
            new City("Kodaň", "Kodani", "DK"), new City("Helsinky", "Helsinkách", "FI"),
            new City("Atény", "Aténách", "GR"), new City("Kyjev", "Kyjevě", "UA"),
            new City("Washington", "Washingtonu", "US"), new City("Lublaň", "Lublani", "SI"),
            new City("Mnichov", "Mnichově", "DE"), new City("Edinburgh", "Edinburghu", "GB"));

    private CzechPlaces() {
    }
}
