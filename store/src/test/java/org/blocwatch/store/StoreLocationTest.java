package org.blocwatch.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationTest {

    @Test
    void aPathIsAnSqliteFile() {
        assertThat(StoreLocation.parse("kb/blocwatch.db", Map.of())).isEqualTo(new StoreLocation.Sqlite(Path.of("kb/blocwatch.db")));
    }

    @Test
    void userAndPasswordComeFromTheUrlTheParametersOrTheEnvironment() {
        var inUrl = (StoreLocation.Postgres) StoreLocation.parse("postgresql://ann:s%40cret@db.example:6543/kb?sslmode=require",
                Map.of("PGUSER", "other"));
        assertThat(inUrl.user()).isEqualTo("ann");
        assertThat(inUrl.password()).isEqualTo("s@cret");
        assertThat(inUrl.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/kb?sslmode=require");
        assertThat(inUrl.display()).isEqualTo("postgresql://ann@db.example:6543/kb?sslmode=require").doesNotContain("cret");
        assertThat(inUrl.toString()).doesNotContain("cret");

        var inParameters = (StoreLocation.Postgres) StoreLocation.parse("jdbc:postgresql://db/kb?user=bob&password=pw&currentSchema=kb2", Map.of());
        assertThat(inParameters.user()).isEqualTo("bob");
        assertThat(inParameters.port()).isEqualTo(5432);
        assertThat(inParameters.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/kb?currentSchema=kb2");

        var fromEnvironment = (StoreLocation.Postgres) StoreLocation.parse("postgresql://db/kb", Map.of("PGUSER", "carl", "PGPASSWORD", "x"));
        assertThat(fromEnvironment.properties()).containsEntry("user", "carl").containsEntry("password", "x");
    }

    @Test
    void aMalformedLocationIsTheUsersMistakeAndNeverShowsThePassword() {
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://ann:geheim@db", Map.of()))
                .isInstanceOf(BadLocationException.class).hasMessageContaining("names no database").hasMessageNotContaining("geheim");
        assertThatThrownBy(() -> StoreLocation.parse("mysql://db/kb", Map.of()))
                .isInstanceOf(BadLocationException.class).hasMessageContaining("unsupported");
        assertThatThrownBy(() -> StoreLocation.parse(" ", Map.of())).isInstanceOf(BadLocationException.class);
    }
}
