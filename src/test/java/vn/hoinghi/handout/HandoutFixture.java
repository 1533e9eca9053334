package vn.hoinghi.handout;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.GroupService;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.RunAs;

/**
 * A conference with two composition groups — X "Lãnh đạo tỉnh", Y "Doanh nghiệp" — and three delegates: An (X, at the
 * hall), Bình (Y, at the hall) and Cường (X, at a remote point), made as the committee.
 */
@Component
public class HandoutFixture {

    public static final String USER = "bantochuc-tailieu";

    private final ConferenceService conferences;
    private final PointService points;
    private final DelegateService delegates;
    private final GroupService groups;
    private final DelegateCodes codes;
    private final HandoutService handouts;
    private final RunAs runAs;

    HandoutFixture(ConferenceService conferences, PointService points, DelegateService delegates, GroupService groups,
                   DelegateCodes codes, HandoutService handouts, RunAs runAs) {
        this.conferences = conferences;
        this.points = points;
        this.delegates = delegates;
        this.groups = groups;
        this.codes = codes;
        this.handouts = handouts;
        this.runAs = runAs;
    }

    public record Conference(long id, long groupX, long groupY, long an, long binh, long cuong) {
    }

    public Conference conference() {
        return committee(() -> {
            long id = conferences.create(TestData.quangTri());
            long hall = points.hall(id).id();
            long remote = points.create(id, new PointDraft("Điểm cầu huyện Gio Linh", null, "Phòng họp UBND huyện",
                    null, null, 20, null));
            long an = delegate(id, "Nguyễn Văn An", "Lãnh đạo tỉnh", hall);
            long binh = delegate(id, "Lê Thị Bình", "Doanh nghiệp", hall);
            long cuong = delegate(id, "Trần Quốc Cường", "Lãnh đạo tỉnh", remote);
            long x = groups.findOrCreate(id, "Lãnh đạo tỉnh").id();
            long y = groups.findOrCreate(id, "Doanh nghiệp").id();
            return new Conference(id, x, y, an, binh, cuong);
        });
    }

    /** A published handout of this file for this audience. */
    public long published(long conferenceId, String title, byte[] pdf, HandoutAudience audience, Set<Long> groupIds) {
        return committee(() -> {
            long id = handouts.upload(conferenceId, title, title + ".pdf", pdf);
            handouts.setAudience(conferenceId, id, audience, groupIds);
            handouts.publish(conferenceId, id);
            return id;
        });
    }

    public String code(long delegateId) {
        return committee(() -> codes.code(delegates.get(delegateId).orElseThrow()));
    }

    public Delegate delegate(long delegateId) {
        return committee(() -> delegates.get(delegateId).orElseThrow());
    }

    public void reissue(long delegateId) {
        committee(() -> {
            delegates.reissueCode(delegateId);
            return null;
        });
    }

    public <T> T committee(Supplier<T> work) {
        return runAs.committee(USER, work);
    }

    private long delegate(long conferenceId, String name, String group, long pointId) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(name);
        d.setTitle("Giám đốc");
        d.setUnitName("Sở Y tế tỉnh Quảng Trị");
        d.setGroupName(group);
        d.setPointId(pointId);
        return delegates.create(conferenceId, d);
    }
}
