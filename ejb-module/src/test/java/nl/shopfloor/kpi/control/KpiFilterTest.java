package nl.shopfloor.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.shopfloor.chat.entity.ChatOrigin;
import org.junit.jupiter.api.Test;

class KpiFilterTest {

    @Test
    void aPageIsTextTheAddressContainsInAnyCaseWithItsWildcardsTakenLiterally() {
        assertThat(KpiFilter.containing("/Laptops/")).as("K9").isEqualTo("%/laptops/%");
        assertThat(KpiFilter.containing("50%_off!")).as("K9").isEqualTo("%50!%!_off!!%");
    }

    @Test
    void onlyTheCriteriaGivenBecomeConditions() {
        assertThat(KpiFilter.NONE.selectsAll()).isTrue();
        assertThat(KpiFilter.NONE.conditions()).isEmpty();
        KpiFilter topicAndOrigin = new KpiFilter(null, null, "product", null, ChatOrigin.TEAM_PAGE);
        assertThat(topicAndOrigin.selectsAll()).isFalse();
        assertThat(topicAndOrigin.conditions()).isEqualTo(" and c.topic = :topic and c.origin = :origin");
    }
}
