package vn.hoinghi.alert.repository;

import static vn.hoinghi.database.jooq.Tables.CLUSTER_DUTY;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyDraft;

/** The technicians on duty, one row per cluster of a conference (cluster '' the default). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DutyRepository {

    public static final int CLUSTER_LENGTH = 100;
    public static final int TECHNICIAN_LENGTH = 255;
    public static final int PHONE_LENGTH = 30;
    public static final int EMAIL_LENGTH = 255;

    private final DSLContext dsl;

    DutyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The conference's duty rows, by cluster (the default first). */
    public List<ClusterDuty> list(long conferenceId) {
        return dsl.selectFrom(CLUSTER_DUTY).where(CLUSTER_DUTY.CONFERENCE_ID.eq(conferenceId))
                .orderBy(CLUSTER_DUTY.CLUSTER)
                .fetch(r -> new ClusterDuty(r.getCluster(), r.getTechnician(), r.getPhone(), r.getEmail()));
    }

    public void save(long conferenceId, String cluster, DutyDraft duty) {
        var row = CLUSTER_DUTY.CONFERENCE_ID.eq(conferenceId).and(CLUSTER_DUTY.CLUSTER.eq(cluster));
        if (dsl.fetchExists(CLUSTER_DUTY, row)) {
            dsl.update(CLUSTER_DUTY).set(CLUSTER_DUTY.TECHNICIAN, duty.technician())
                    .set(CLUSTER_DUTY.PHONE, duty.phone()).set(CLUSTER_DUTY.EMAIL, duty.email()).where(row).execute();
            return;
        }
        dsl.insertInto(CLUSTER_DUTY)
                .set(CLUSTER_DUTY.CONFERENCE_ID, conferenceId)
                .set(CLUSTER_DUTY.CLUSTER, cluster)
                .set(CLUSTER_DUTY.TECHNICIAN, duty.technician())
                .set(CLUSTER_DUTY.PHONE, duty.phone())
                .set(CLUSTER_DUTY.EMAIL, duty.email())
                .execute();
    }

    public boolean delete(long conferenceId, String cluster) {
        return dsl.deleteFrom(CLUSTER_DUTY).where(CLUSTER_DUTY.CONFERENCE_ID.eq(conferenceId))
                .and(CLUSTER_DUTY.CLUSTER.eq(cluster)).execute() > 0;
    }
}
