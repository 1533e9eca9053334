package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.security.AppRoles;

/** What the jOOQ forced types and the record mapping do with a delegate's row (decision 015). */
@IntegrationTest
@WithMockUser(username = "thuky", roles = AppRoles.STAFF)
class DelegateStorageTest {

    private static final Instant AT = Instant.parse("2021-10-29T01:30:15.123Z");

    @Autowired ImportFixture fixture;
    @Autowired DelegateService delegates;
    @Autowired DelegateRepository repository;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    private long newDelegate() {
        DelegateDraft d = new DelegateDraft();
        d.setFullName("Trần Thị Mai");
        d.setGender(Gender.FEMALE);
        d.setTitle("Phó Giám đốc");
        d.setUnitName("Sở Y tế");
        d.setGroupName("Sở, ban, ngành");
        d.setProtocolRank(3);
        d.setPhone("0905111222");
        d.setEmail("mai@syt.quangtri.gov.vn");
        d.setNotes("Phát biểu tham luận");
        return delegates.create(fixture.conferenceWithPoints(), d);
    }

    private Object stored(String column, long id) {
        return tx.execute(s -> dsl.fetchValue("select cast(" + column + " as char) from delegate where id = ?", id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles"})
    void anInstantIsStoredAsUtcAndReadBackTheSameWhateverTheJvmsTimeZone(String zone) {
        long id = newDelegate();
        TimeZone jvmZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            tx.executeWithoutResult(s -> repository.withdraw(id, repository.get(id).orElseThrow().version(), "thuky", AT));

            assertThat(stored("withdrawn_at", id)).hasToString("2021-10-29 01:30:15.123");
            Delegate d = tx.execute(s -> repository.get(id).orElseThrow());
            assertThat(d.withdrawnAt()).isEqualTo(AT);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void anEnumIsStoredByItsNameAndReadBackFromIt() {
        long id = newDelegate();
        tx.executeWithoutResult(s -> repository.setStatus(List.of(id), InvitationStatus.CONFIRMED, AT));
        assertThat(stored("gender", id)).hasToString("FEMALE");
        assertThat(stored("invitation_status", id)).hasToString("CONFIRMED");

        tx.executeWithoutResult(s -> dsl.execute("update delegate set invitation_status = 'DECLINED' where id = ?", id));
        Delegate d = tx.execute(s -> repository.get(id).orElseThrow());
        assertThat(d.gender()).isEqualTo(Gender.FEMALE);
        assertThat(d.invitationStatus()).isEqualTo(InvitationStatus.DECLINED);
    }

    @Test
    void everyComponentOfADelegateIsReadFromTheColumnOfItsName() {
        long id = newDelegate();
        delegates.setSubstitute(id, delegates.get(id).orElseThrow().version(), "Lê Văn Hùng", "Trưởng phòng",
                "0905333444");
        delegates.withdraw(id, delegates.get(id).orElseThrow().version());
        tx.executeWithoutResult(s -> {
            repository.setSeat(id, "B", 7);
            dsl.update(DELEGATE).set(DELEGATE.CHECKED_IN_AT, AT).where(DELEGATE.ID.eq(id)).execute();
        });

        Delegate d = delegates.get(id).orElseThrow();
        assertThat(d).hasNoNullFieldsOrProperties();
        assertThat(List.of(d.unitName(), d.groupName(), d.seat(), d.substituteTitle()))
                .containsExactly("Sở Y tế", "Sở, ban, ngành", "B7", "Trưởng phòng");
        assertThat(d.atHall()).isTrue();
        assertThat(d.checkedInAt()).isEqualTo(AT);
    }
}
