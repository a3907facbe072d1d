package org.blocwatch.answers.report;

import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.MembershipEpisode;
import org.blocwatch.answers.ReportedEvent;
import org.blocwatch.model.Entity;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one organisation or state, computed from claims before any
 * of it is drawn, so the HTML and Markdown forms cannot disagree.
 *
 * @param organisation true for an organisation's report (rows are member states), false for a state's
 * @param around       the ids placed around the subject in the network
 * @param names        labels of every id the report mentions
 */
public record ReportData(Entity subject, boolean organisation, DateRange range, String view,
                         List<MembershipEpisode> episodes, List<CountPoint> counts, List<ReportedEvent> events,
                         List<String> around, List<NetworkChart.Link> links, List<Indicator> indicators,
                         Map<String, String> names) {}
