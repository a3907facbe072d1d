package org.blocwatch.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.blocwatch.query.ClaimView;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CowCsvExportTest {
    @TempDir Path dir;

    @Test
    void writesCowStateYearRowsForTheOrganisationsAndYearsAsked() throws IOException {
        try (JdbcKnowledgeStore store = Fixtures.store(dir)) {
            StringBuilder out = new StringBuilder();
            int rows = CowCsvExport.write(store, ClaimView.CURRENT, List.of("CSTO"), 1998, 2000, out);
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(out.toString())).getRecords();
            assertThat(out.toString()).startsWith("ioname,ccode,state,year,status\r\n");
            assertThat(records).hasSize(rows);
            assertThat(records).map(r -> String.join(",", r.values())).containsExactly(
                    "csto,365,Russia,1998,full", "csto,365,Russia,1999,full", "csto,365,Russia,2000,full",
                    "csto,373,Azerbaijan,1998,full",
                    "csto,704,Uzbekistan,1998,full",
                    "csto,705,Kazakhstan,1998,full", "csto,705,Kazakhstan,1999,full", "csto,705,Kazakhstan,2000,full");
        }
    }

    @Test
    void importedCowRowsReadBackAsTheSameRuns() throws IOException {
        try (JdbcKnowledgeStore store = Fixtures.entitiesOnly(dir)) {
            CowImport.run(store, Fixtures.cowDir(), Instant.now());
            StringBuilder out = new StringBuilder();
            CowCsvExport.write(store, ClaimView.CURRENT, List.of("CSTO", "CIS", "COW_ASEAN", "COW_WPACT"),
                    null, 2014, out);
            Path exported = dir.resolve("state_year_long.csv");
            Files.writeString(exported, out);
            List<CowRun> original = new CowReader(new ImportProblems()).stateYears(Fixtures.cowDir().resolve("state_year_long.csv")).runs();
            List<CowRun> roundTrip = new CowReader(new ImportProblems()).stateYears(exported).runs();
            assertThat(roundTrip).containsExactlyInAnyOrderElementsOf(original);
        }
    }
}
