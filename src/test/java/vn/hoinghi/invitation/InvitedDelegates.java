package vn.hoinghi.invitation;


import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.RunAs;

/**
 * Test data for the invitation page: a conference like Quảng Trị's of 29/10/2021 and one invited delegate, made
 * through the services as committee staff, so the test itself can stay anonymous like a delegate's phone.
 */
@Component
public class InvitedDelegates {

    public static final String TITLE = "Hội nghị sơ kết công tác phòng, chống dịch COVID-19";

    private final ConferenceService conferences;
    private final PointService points;
    private final DelegateService delegates;
    private final DelegateCodes codes;
    private final RunAs runAs;

    InvitedDelegates(ConferenceService conferences, PointService points, DelegateService delegates,
                     DelegateCodes codes, RunAs runAs) {
        this.runAs = runAs;
        this.conferences = conferences;
        this.points = points;
        this.delegates = delegates;
        this.codes = codes;
    }

    public record Invited(long conferenceId, long delegateId, String code) {
    }

    /** A delegate at the hall (or at a remote point) of a new conference, with the code of their invitation link. */
    public Invited invite(String fullName, Gender gender, boolean remote) {
        Invited invited = inviteWithoutCode(fullName, gender, remote);
        return new Invited(invited.conferenceId(), invited.delegateId(), code(invited.delegateId()));
    }

    /** As {@link #invite}, but no code is made, so the conference has no signing key yet. */
    public Invited inviteWithoutCode(String fullName, Gender gender, boolean remote) {
        return asCommittee("bantochuc-moi", () -> {
            long conferenceId = conferences.create(conference());
            long pointId = remote
                    ? points.create(conferenceId, new PointDraft("Điểm cầu huyện Gio Linh", null,
                            "Phòng họp UBND huyện", null, null, 20, null))
                    : points.hall(conferenceId).id();
            DelegateDraft d = new DelegateDraft();
            d.setFullName(fullName);
            d.setGender(gender);
            d.setTitle("Giám đốc");
            d.setUnitName("Sở Y tế tỉnh Quảng Trị");
            d.setPointId(pointId);
            d.setEmail("giamdoc.syt@example.vn");
            return new Invited(conferenceId, delegates.create(conferenceId, d), null);
        });
    }

    /** The delegate's current code (it changes when the committee reissues it). */
    public String code(long delegateId) {
        return asCommittee("bantochuc-moi", () -> codes.code(delegates.get(delegateId).orElseThrow()));
    }

    public void reissue(long delegateId) {
        asCommittee("bantochuc-moi", () -> {
            delegates.reissueCode(delegateId);
            return null;
        });
    }

    public void withdraw(long delegateId) {
        asCommittee("bantochuc-moi", () -> {
            delegates.withdraw(delegateId, delegates.get(delegateId).orElseThrow().version());
            return null;
        });
    }

    private <T> T asCommittee(String username, Supplier<T> work) {
        return runAs.committee(username, work);
    }

    private static ConferenceDraft conference() {
        ConferenceDraft d = TestData.quangTri();
        d.setVenue("Hội trường UBND tỉnh Quảng Trị");
        d.setExpectedHallDelegates(150);
        return d;
    }
}
