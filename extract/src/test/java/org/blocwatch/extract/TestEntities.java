package org.blocwatch.extract;

import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.model.Alias;
import org.blocwatch.model.Claim;
import org.blocwatch.model.Method;
import org.blocwatch.model.Office;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.model.Role;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.model.NormalisedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small knowledge base written for the tests, so they do not depend on the curated data. */
public final class TestEntities {
    private TestEntities() {}

    public static List<Entity> all() {
        List<Entity> out = new ArrayList<>();
        out.add(state("RUS", "Russia", List.of("Russland", "der Russischen Föderation", "Russische Föderation", "Россия", "Russia"), List.of("Moskau", "Kreml", "Kremlin", "Москва"),
                List.of("russisch", "Russian", "российский")));
        out.add(state("KAZ", "Kazakhstan", List.of("Kasachstan", "Kazakhstan", "Казахстан"), List.of("Astana", "Астана"),
                List.of("kasachisch", "Kasache", "Kazakh", "казахстанский")));
        out.add(state("UZB", "Uzbekistan", List.of("Usbekistan", "Uzbekistan", "Узбекистан"), List.of("Taschkent"), List.of("usbekisch", "Uzbek")));
        out.add(state("ARM", "Armenia", List.of("Armenien", "Armenia", "Армения"), List.of("Jerewan"), List.of("armenisch", "Armenian")));
        out.add(state("AZE", "Azerbaijan", List.of("Aserbaidschan", "Azerbaijan", "Азербайджан"), List.of("Baku"), List.of("aserbaidschanisch", "Azerbaijani")));
        out.add(state("BLR", "Belarus", List.of("Belarus", "Weißrussland", "Беларусь"), List.of("Minsk"), List.of("belarussisch")));
        out.add(state("GEO", "Georgia", List.of("Georgien", "Georgia", "Грузия"), List.of("Tiflis"), List.of("georgisch")));
        out.add(state("KGZ", "Kyrgyzstan", List.of("Kirgisistan", "Kyrgyzstan", "Киргизия"), List.of("Bischkek"), List.of("kirgisisch")));
        out.add(state("TJK", "Tajikistan", List.of("Tadschikistan", "Tajikistan", "Таджикистан"), List.of("Duschanbe"), List.of("tadschikisch")));
        out.add(state("TKM", "Turkmenistan", List.of("Turkmenistan", "Туркмения"), List.of("Aschgabat"), List.of("turkmenisch")));
        out.add(state("UKR", "Ukraine", List.of("Ukraine", "Украина"), List.of("Kiew", "Kyjiw", "Kyiv"), List.of("ukrainisch", "Ukrainian")));
        out.add(state("MDA", "Moldova", List.of("Moldau", "Moldova"), List.of(), List.of("moldauisch")));
        out.add(state("CHN", "China", List.of("China", "Volksrepublik China", "Китай"), List.of("Peking"), List.of("chinesisch", "Chinese")));
        Entity usa = state("USA", "United States", List.of("Vereinigte Staaten", "United States"), List.of("Washington"), List.of("amerikanisch", "American"));
        List<Alias> usaAliases = new ArrayList<>(usa.aliases());
        usaAliases.add(new Alias("USA", null, AliasKind.ABBREVIATION));
        usaAliases.add(new Alias("US", null, AliasKind.ABBREVIATION));
        out.add(new Entity("USA", EntityKind.STATE, "United States", usaAliases, Map.of()));
        out.add(state("IND", "India", List.of("Indien", "India"), List.of(), List.of("indisch")));
        List<Alias> ind = new ArrayList<>(out.get(out.size() - 1).aliases());
        ind.add(new Alias("IN", null, AliasKind.ABBREVIATION));
        out.set(out.size() - 1, new Entity("IND", EntityKind.STATE, "India", ind, Map.of()));
        out.add(org("CIS", "Commonwealth of Independent States", List.of("Gemeinschaft Unabhängiger Staaten", "Commonwealth of Independent States", "Содружество Независимых Государств"),
                List.of("GUS", "CIS", "СНГ")));
        out.add(org("CSTO", "Collective Security Treaty Organization", List.of("Organisation des Vertrags über kollektive Sicherheit",
                "Vertrag über kollektive Sicherheit", "Collective Security Treaty Organization"), List.of("OVKS", "CSTO", "ОДКБ")));
        out.add(org("SCO", "Shanghai Cooperation Organisation", List.of("Shanghaier Organisation für Zusammenarbeit"), List.of("SOZ", "SCO", "ШОС")));
        Entity unionState = org("UNION_STATE", "Union State", List.of("Unionsstaat", "Union State", "Союзное государство"), List.of());
        List<Alias> unionStateAliases = new ArrayList<>(unionState.aliases());
        unionStateAliases.add(new Alias("Союзного государства", "ru", AliasKind.INFLECTED));
        out.add(new Entity("UNION_STATE", EntityKind.ORGANISATION, "Union State", unionStateAliases, Map.of()));
        out.add(new Entity("CENTRAL_ASIA", EntityKind.GROUP, "Central Asia", List.of(new Alias("Zentralasien", "de", AliasKind.NAME),
                new Alias("zentralasiatischen Staaten", "de", AliasKind.INFLECTED), new Alias("Central Asia", "en", AliasKind.NAME)), Map.of()));
        out.add(person("person:vladimir-putin", "Vladimir Putin", "RUS", "Wladimir Putin", "Vladimir Putin", "Владимир Путин", "Putin", "Путин"));
        out.add(person("person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "KAZ", "Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev", "Tokajew", "Tokayev", "Токаев"));
        out.add(person("person:nikol-pashinyan", "Nikol Pashinyan", "ARM", "Nikol Paschinjan", "Paschinjan", "Pashinyan"));
        out.add(person("person:sergey-lavrov", "Sergey Lavrov", "RUS", "Sergej Lawrow", "Lawrow", "Lavrov", "Лавров"));
        out.add(person("person:juhan-parts", "Juhan Parts", "EST", "Juhan Parts", "Parts"));
        out.add(person("person:ilham-aliyev", "Ilham Aliyev", "AZE", "Ilham Alijew", "Alijew", "Aliyev"));
        out.add(place("place:moscow", "Moscow", "RUS", "Moskau", "Москва"));
        out.add(place("place:dushanbe", "Dushanbe", "TJK", "Duschanbe", "Dushanbe", "Душанбе"));
        out.add(place("place:osh", "Osh", "KGZ", "Osch", "Ош"));
        out.add(place("place:abkhazia", "Abkhazia", "GEO", "Abchasien", "Abkhazia", "Абхазии"));
        out.add(place("place:yerevan", "Yerevan", "ARM", "Jerewan", "Ереван"));
        out.add(place("place:saint-petersburg", "Saint Petersburg", "RUS", "St. Petersburg", "Sankt Petersburg"));
        return out;
    }

    /** The offices the tests' knowledge base knows: Putin and Aliyev as heads of state of Russia and Azerbaijan. */
    public static OfficeHolders officeHolders() {
        Office putin = new Office("person:vladimir-putin", Role.HEAD_OF_STATE, "RUS", PartialDate.ofYear(2012), null, null, false);
        Office aliyev = new Office("person:ilham-aliyev", Role.HEAD_OF_STATE, "AZE", PartialDate.ofYear(2003), null, null, false);
        return new OfficeHolders(List.of(putin, aliyev).stream().map(o -> Claim.of(o, new Provenance.Curated("test fixture", null, null),
                Method.CURATED, 1.0, ReviewState.ACCEPTED, Instant.EPOCH)).toList());
    }

    /** A document of one text, without normalisation. */
    public static SourceDocument document(String text, String lang, String published) {
        return new SourceDocument("test-doc", null, lang, published == null ? null : PartialDate.parse(published), NormalisedText.identity(text));
    }

    private static Entity state(String id, String label, List<String> names, List<String> metonyms, List<String> demonyms) {
        List<Alias> aliases = new ArrayList<>();
        names.forEach(n -> aliases.add(new Alias(n, null, AliasKind.NAME)));
        metonyms.forEach(n -> aliases.add(new Alias(n, null, AliasKind.METONYM)));
        demonyms.forEach(n -> aliases.add(new Alias(n, null, AliasKind.DEMONYM)));
        return new Entity(id, EntityKind.STATE, label, aliases, Map.of());
    }

    private static Entity org(String id, String label, List<String> names, List<String> abbreviations) {
        List<Alias> aliases = new ArrayList<>();
        names.forEach(n -> aliases.add(new Alias(n, null, AliasKind.NAME)));
        abbreviations.forEach(n -> aliases.add(new Alias(n, null, AliasKind.ABBREVIATION)));
        return new Entity(id, EntityKind.ORGANISATION, label, aliases, Map.of());
    }

    private static Entity person(String id, String label, String nationality, String... names) {
        List<Alias> aliases = new ArrayList<>();
        for (String n : names) aliases.add(new Alias(n, null, n.contains(" ") ? AliasKind.NAME : AliasKind.VARIANT));
        return new Entity(id, EntityKind.PERSON, label, aliases, Map.of("nationality", nationality));
    }

    private static Entity place(String id, String label, String in, String... names) {
        List<Alias> aliases = new ArrayList<>();
        for (String n : names) aliases.add(new Alias(n, null, AliasKind.NAME));
        return new Entity(id, EntityKind.PLACE, label, aliases, Map.of("in", in));
    }
}
