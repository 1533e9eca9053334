package vn.hoinghi.security.repository;

import static vn.hoinghi.database.jooq.Tables.ACCOUNT;
import static vn.hoinghi.database.jooq.Tables.ACCOUNT_CONFERENCE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The conferences each account serves (table account_conference, decision 021). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ServedConferenceRepository {

    private final DSLContext dsl;

    ServedConferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The conferences the account with this user name serves; none for an unknown name. */
    public Set<Long> servedBy(String username) {
        return new TreeSet<>(dsl.select(ACCOUNT_CONFERENCE.CONFERENCE_ID).from(ACCOUNT_CONFERENCE)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_CONFERENCE.ACCOUNT_ID))
                .where(ACCOUNT.USERNAME.eq(username)).fetch(ACCOUNT_CONFERENCE.CONFERENCE_ID));
    }

    /** Every account's conferences, by account id (accounts that serve none are left out). */
    public Map<Long, Set<Long>> all() {
        Map<Long, Set<Long>> byAccount = new HashMap<>();
        dsl.select(ACCOUNT_CONFERENCE.ACCOUNT_ID, ACCOUNT_CONFERENCE.CONFERENCE_ID).from(ACCOUNT_CONFERENCE)
                .forEach(r -> byAccount.computeIfAbsent(r.value1(), a -> new TreeSet<>()).add(r.value2()));
        return byAccount;
    }

    public void add(long accountId, long conferenceId) {
        dsl.insertInto(ACCOUNT_CONFERENCE, ACCOUNT_CONFERENCE.ACCOUNT_ID, ACCOUNT_CONFERENCE.CONFERENCE_ID)
                .values(accountId, conferenceId).onDuplicateKeyIgnore().execute();
    }

    /** The account serves exactly these conferences from now on. */
    public void replace(long accountId, Collection<Long> conferenceIds) {
        dsl.deleteFrom(ACCOUNT_CONFERENCE).where(ACCOUNT_CONFERENCE.ACCOUNT_ID.eq(accountId)
                .and(ACCOUNT_CONFERENCE.CONFERENCE_ID.notIn(conferenceIds))).execute();
        conferenceIds.forEach(c -> add(accountId, c));
    }
}
