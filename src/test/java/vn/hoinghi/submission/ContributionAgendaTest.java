package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;

/** Where a spoken contribution enters the programme. */
class ContributionAgendaTest {

    private static List<AgendaItem> programme(AgendaKind... kinds) {
        return Arrays.stream(kinds).map(k -> new AgendaItem(k.ordinal(), 1, 1, k, k.label(), null, null, null, null, 10,
                null, null, null, null, 0)).toList();
    }

    @Test
    void afterTheLastContributionThenBeforeTheAwardsElseAtTheEnd() {
        assertThat(ContributionAgenda.place(programme())).isZero();
        assertThat(ContributionAgenda.place(programme(AgendaKind.SPEECH, AgendaKind.REPORT, AgendaKind.CLOSING))).isEqualTo(3);
        assertThat(ContributionAgenda.place(programme(AgendaKind.SPEECH, AgendaKind.AWARDS, AgendaKind.CLOSING)))
                .isEqualTo(1);
        assertThat(ContributionAgenda.place(programme(AgendaKind.SPEECH, AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION,
                AgendaKind.DISCUSSION, AgendaKind.AWARDS, AgendaKind.CONTRIBUTION, AgendaKind.CLOSING))).isEqualTo(6);
    }
}
