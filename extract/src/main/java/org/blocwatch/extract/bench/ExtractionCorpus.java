package org.blocwatch.extract.bench;

import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news-like documents for measuring extraction speed: German, English and Russian
 * sentences written for this purpose, mixing sentences that carry claims (accessions, summits,
 * trade figures, offices) with filler that carries none, as real articles do.
 */
public final class ExtractionCorpus {
    private static final String[] STATES_DE = {"Kasachstan", "Usbekistan", "Armenien", "Aserbaidschan", "Belarus", "Kirgisistan", "Tadschikistan", "Georgien"};
    private static final String[] STATES_EN = {"Kazakhstan", "Uzbekistan", "Armenia", "Azerbaijan", "Belarus", "Kyrgyzstan", "Tajikistan", "Georgia"};
    private static final String[] STATES_RU = {"Казахстан", "Узбекистан", "Армения", "Азербайджан", "Беларусь", "Киргизия", "Таджикистан", "Грузия"};
    private static final String[] ORGS = {"GUS", "OVKS", "SOZ", "EAWU"};
    private static final String[] MONTHS_DE = {"Januar", "März", "Mai", "Juli", "Oktober", "Dezember"};

    private static final String[] DE = {
            "Im %m %y ist %s der %o beigetreten, wie das Außenministerium in einer kurzen Erklärung mitteilte.",
            "Der Handel zwischen %s und %t übersteigt inzwischen %n Milliarden Dollar und wächst weiter.",
            "Beim %o-Gipfel in Duschanbe sprachen die Staatschefs über Grenzfragen, Zölle und Energie.",
            "Zu Gesprächen in Almaty traf der russische Außenminister Sergej Lawrow den kasachischen Präsidenten Kassym-Schomart Tokajew.",
            "%s will aus der %o austreten, hieß es aus Regierungskreisen, doch eine Entscheidung steht noch aus.",
            "Die Experten erwarten, dass die Gespräche noch Monate dauern und viele Fragen offen bleiben.",
            "In der Hauptstadt wurde am Wochenende ein neues Museum eröffnet, das an die Geschichte der Region erinnert.",
            "Seit %y hat %s seine Teilnahme an %o-Treffen ausgesetzt und orientiert sich stärker nach Westen.",
            "Die Zahl der Touristen stieg im vergangenen Jahr deutlich, berichtete die Statistikbehörde am Montag."};
    private static final String[] EN = {
            "In %y %s joined the %o, the foreign ministry said in a brief statement.",
            "Trade between %s and %t reached $%nbn last year, officials said.",
            "The Russian Foreign Minister Sergey Lavrov met Kazakhstan's President in Astana on Monday.",
            "Analysts expect the talks to drag on for months, with many questions still open.",
            "A new museum opened in the capital at the weekend, recalling the history of the region."};
    private static final String[] RU = {
            "В %y году %s вступил в ОДКБ, сообщил МИД в коротком заявлении.",
            "Товарооборот между Россией и %s превысил %n млрд долларов.",
            "Эксперты ожидают, что переговоры продлятся ещё несколько месяцев.",
            "В столице в выходные открылся новый музей, посвящённый истории региона."};

    private ExtractionCorpus() {}

    /** {@code count} documents of about {@code sentences} sentences each, the same for the same seed. */
    public static List<SourceDocument> generate(int count, int sentences, long seed) {
        Random random = new Random(seed);
        List<SourceDocument> out = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String lang = d % 10 < 7 ? "de" : d % 10 < 9 ? "en" : "ru";
            String[] templates = lang.equals("de") ? DE : lang.equals("en") ? EN : RU;
            String[] states = lang.equals("de") ? STATES_DE : lang.equals("en") ? STATES_EN : STATES_RU;
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                String t = templates[random.nextInt(templates.length)];
                t = t.replace("%s", states[random.nextInt(states.length)]).replace("%t", states[random.nextInt(states.length)])
                        .replace("%o", ORGS[random.nextInt(ORGS.length)]).replace("%m", MONTHS_DE[random.nextInt(MONTHS_DE.length)])
                        .replace("%y", String.valueOf(1992 + random.nextInt(33))).replace("%n", String.valueOf(5 + random.nextInt(90)));
                text.append(t).append(s % 6 == 5 ? "\n\n" : " ");
            }
            out.add(new SourceDocument("bench-" + d, null, lang, PartialDate.of(java.time.LocalDate.of(2024, 1 + d % 12, 1)),
                    NormalisedText.identity(text.toString())));
        }
        return out;
    }
}
