package vn.hoinghi.delegate;

/**
 * Proof that a delegate's signed link was current when their page opened: only {@link DelegateAnswers#pass} makes
 * one, from a code it has just verified. The delegate's page hands it to the services that read for it many times a
 * minute (the programme, the floor) instead of its code, so that a page following the MC costs no code check per
 * change; writes still take the code and check it again. A reissue or withdrawal closes the page holding it
 * ({@link vn.hoinghi.live.LiveTopic#LINKS}), and the page drops it.
 */
public final class DelegatePass {

    private final long delegateId;
    private final long conferenceId;
    private final long pointId;
    private final boolean atHall;

    DelegatePass(Delegate d) {
        this.delegateId = d.id();
        this.conferenceId = d.conferenceId();
        this.pointId = d.pointId();
        this.atHall = d.atHall();
    }

    public long delegateId() {
        return delegateId;
    }

    public long conferenceId() {
        return conferenceId;
    }

    public long pointId() {
        return pointId;
    }

    public boolean atHall() {
        return atHall;
    }
}
