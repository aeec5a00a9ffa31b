package nl.shopfloor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    @Test
    void aDuplicateKeyDeepInTheJpaWrappingIsAViolation() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
        assertThat(Constraints.violated(new PersistenceException(new RuntimeException("flush failed", duplicate)))).isTrue();
        assertThat(Constraints.violated(new SQLException("Unique index or primary key violation", "23505"))).isTrue();
    }

    @Test
    void aLostConnectionOrDeadlockIsNot() {
        assertThat(Constraints.violated(new PersistenceException(new SQLException("Connection refused", "08001")))).isFalse();
        assertThat(Constraints.violated(new PersistenceException(new SQLException("Deadlock found", "40001")))).isFalse();
        assertThat(Constraints.violated(new PersistenceException("no SQL at all"))).isFalse();
        assertThat(Constraints.violated(new SQLException("no state"))).isFalse();
    }
}
