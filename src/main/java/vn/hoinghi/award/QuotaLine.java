package vn.hoinghi.award;

/**
 * One quota with what stands against it: proposals (not withdrawn), those waiting for appraisal, those
 * accepted (including those in a decision or presented), those refused.
 */
public record QuotaLine(Quota quota, int proposed, int waiting, int accepted, int refused) {

    public int remaining() {
        return quota.quota() - accepted;
    }
}
