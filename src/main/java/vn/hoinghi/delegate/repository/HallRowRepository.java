package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.HALL_ROW;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.HallRow;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HallRowRepository {

    private final DSLContext dsl;

    HallRowRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<HallRow> list(long conferenceId) {
        return dsl.select(HALL_ROW.LABEL, HALL_ROW.SEAT_COUNT, HALL_ROW.RESERVED).from(HALL_ROW)
                .where(HALL_ROW.CONFERENCE_ID.eq(conferenceId)).orderBy(HALL_ROW.POSITION)
                .fetch(Records.mapping(HallRow::new));
    }

    public void replace(long conferenceId, List<HallRow> rows) {
        dsl.deleteFrom(HALL_ROW).where(HALL_ROW.CONFERENCE_ID.eq(conferenceId)).execute();
        for (int i = 0; i < rows.size(); i++) {
            HallRow row = rows.get(i);
            dsl.insertInto(HALL_ROW)
                    .set(HALL_ROW.CONFERENCE_ID, conferenceId)
                    .set(HALL_ROW.LABEL, row.label())
                    .set(HALL_ROW.POSITION, i + 1)
                    .set(HALL_ROW.SEAT_COUNT, row.seatCount())
                    .set(HALL_ROW.RESERVED, row.reserved())
                    .execute();
        }
    }
}
