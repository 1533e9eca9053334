package vn.hoinghi.delegate.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.DelegateName;

/** Delegates as other features name them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DelegateNameRepository {

    private static final SelectField<DelegateName> NAME = row(DELEGATE.ID, DELEGATE.CONFERENCE_ID, DELEGATE.FULL_NAME,
            DELEGATE.TITLE, DELEGATE.CHECKED_IN_AT).mapping(DelegateName::new);

    private final DSLContext dsl;

    DelegateNameRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** These delegates, withdrawn ones too. */
    public List<DelegateName> names(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : dsl.select(NAME).from(DELEGATE).where(DELEGATE.ID.in(ids))
                .fetch(Record1::value1);
    }

    /** The conference's delegates who are not withdrawn. */
    public List<DelegateName> namesIn(long conferenceId) {
        return dsl.select(NAME).from(DELEGATE)
                .where(DELEGATE.CONFERENCE_ID.eq(conferenceId).and(DELEGATE.WITHDRAWN_AT.isNull()))
                .fetch(Record1::value1);
    }
}
