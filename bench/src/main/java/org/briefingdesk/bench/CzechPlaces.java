package org.briefingdesk.bench;

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
            new Country("SI", "Slovinsko", "Slovinska", "Slovinsku", "Slovinskem", "slovinský"),
            new Country("HR", "Chorvatsko", "Chorvatska", "Chorvatsku", "Chorvatskem", "chorvatský"),
            new Country("RO", "Rumunsko", "Rumunska", "Rumunsku", "Rumunskem", "rumunský"),
            new Country("BG", "Bulharsko", "Bulharska", "Bulharsku", "Bulharskem", "bulharský"),
            new Country("PT", "Portugalsko", "Portugalska", "Portugalsku", "Portugalskem", "portugalský"),
            new Country("LT", "Litva", "Litvy", "Litvě", "Litvou", "litevský"),
            new Country("LV", "Lotyšsko", "Lotyšska", "Lotyšsku", "Lotyšskem", "lotyšský"),
            new Country("EE", "Estonsko", "Estonska", "Estonsku", "Estonskem", "estonský"),
            new Country("NO", "Norsko", "Norska", "Norsku", "Norskem", "norský"),
            new Country("CH", "Švýcarsko", "Švýcarska", "Švýcarsku", "Švýcarskem", "švýcarský"),
            new Country("LU", "Lucembursko", "Lucemburska", "Lucembursku", "Lucemburskem", "lucemburský"),
            new Country("MT", "Malta", "Malty", "Maltě", "Maltou", "maltský"),
            new Country("CY", "Kypr", "Kypru", "Kypru", "Kyprem", "kyperský"),
            new Country("RS", "Srbsko", "Srbska", "Srbsku", "Srbskem", "srbský"),
            new Country("MD", "Moldavsko", "Moldavska", "Moldavsku", "Moldavskem", "moldavský"),
            new Country("TR", "Turecko", "Turecka", "Turecku", "Tureckem", "turecký"),
            new Country("MA", "Maroko", "Maroka", "Maroku", "Marokem", "marocký"),
            new Country("TN", "Tunisko", "Tuniska", "Tunisku", "Tuniskem", "tuniský"),
            new Country("EG", "Egypt", "Egypta", "Egyptě", "Egyptem", "egyptský"),
            new Country("LY", "Libye", "Libye", "Libyi", "Libyí", "libyjský"),
            new Country("SY", "Sýrie", "Sýrie", "Sýrii", "Sýrií", "syrský"),
            new Country("AF", "Afghánistán", "Afghánistánu", "Afghánistánu", "Afghánistánem", "afghánský"),
            new Country("CA", "Kanada", "Kanady", "Kanadě", "Kanadou", "kanadský"),
            new Country("JP", "Japonsko", "Japonska", "Japonsku", "Japonskem", "japonský"));

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
            new City("Mnichov", "Mnichově", "DE"), new City("Edinburgh", "Edinburghu", "GB"),
            new City("Ostrava", "Ostravě", "CZ"), new City("Plzeň", "Plzni", "CZ"),
            new City("Olomouc", "Olomouci", "CZ"),
            new City("Liberec", "Liberci", "CZ"), new City("Hamburk", "Hamburku", "DE"),
            new City("Drážďany", "Drážďanech", "DE"), new City("Frankfurt", "Frankfurtu", "DE"),
            new City("Kolín nad Rýnem", "Kolíně nad Rýnem", "DE"), new City("Salcburk", "Salcburku", "AT"),
            new City("Linec", "Linci", "AT"), new City("Krakov", "Krakově", "PL"),
            new City("Vratislav", "Vratislavi", "PL"),
            new City("Košice", "Košicích", "SK"), new City("Manchester", "Manchesteru", "GB"),
            new City("Belfast", "Belfastu", "GB"), new City("Cork", "Corku", "IE"), new City("Lyon", "Lyonu", "FR"),
            new City("Marseille", "Marseille", "FR"), new City("Štrasburk", "Štrasburku", "FR"),
            new City("Milán", "Miláně", "IT"), new City("Neapol", "Neapoli", "IT"),
            new City("Barcelona", "Barceloně", "ES"),
            new City("Lisabon", "Lisabonu", "PT"), new City("Amsterdam", "Amsterdamu", "NL"),
            new City("Rotterdam", "Rotterdamu", "NL"), new City("Antverpy", "Antverpách", "BE"),
            new City("Lucemburk", "Lucemburku", "LU"), new City("Záhřeb", "Záhřebu", "HR"),
            new City("Bukurešť", "Bukurešti", "RO"), new City("Sofie", "Sofii", "BG"),
            new City("Vilnius", "Vilniusu", "LT"),
            new City("Riga", "Rize", "LV"), new City("Tallinn", "Tallinnu", "EE"), new City("Oslo", "Oslu", "NO"),
            new City("Ženeva", "Ženevě", "CH"), new City("Bern", "Bernu", "CH"), new City("Valletta", "Vallettě", "MT"),
            new City("Nikósie", "Nikósii", "CY"), new City("Bělehrad", "Bělehradě", "RS"),
            new City("Kišiněv", "Kišiněvě", "MD"), new City("Ankara", "Ankaře", "TR"),
            new City("Istanbul", "Istanbulu", "TR"),
            new City("Rabat", "Rabatu", "MA"), new City("Tunis", "Tunisu", "TN"), new City("Káhira", "Káhiře", "EG"),
            new City("Lampedusa", "Lampeduse", "IT"), new City("Soluň", "Soluni", "GR"),
            new City("Lvov", "Lvově", "UA"),
            new City("Oděsa", "Oděse", "UA"), new City("Ottawa", "Ottawě", "CA"), new City("Tokio", "Tokiu", "JP"),
            new City("New York", "New Yorku", "US"), new City("Göteborg", "Göteborgu", "SE"),
            new City("Turku", "Turku", "FI"), new City("Aarhus", "Aarhusu", "DK"), new City("Gdaňsk", "Gdaňsku", "PL"));

    private CzechPlaces() {
    }
}
