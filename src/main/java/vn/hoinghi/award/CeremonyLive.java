package vn.hoinghi.award;

/**
 * What the MC's page and the hall's screen show of the ceremony: the batch on stage (null: none), the next one, and
 * how many there are ("Đợt 3/20").
 */
public record CeremonyLive(long conferenceId, int batchCount, CeremonyBatch current, CeremonyBatch next) {

    public boolean on() {
        return current != null;
    }

    public boolean planned() {
        return batchCount > 0;
    }
}
