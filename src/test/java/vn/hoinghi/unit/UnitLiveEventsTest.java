package vn.hoinghi.unit;

import static vn.hoinghi.live.LiveTopic.ATTENDANCE;
import static vn.hoinghi.live.LiveTopic.AWARDS;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** A unit renamed in the directory: the attendance and awards screens that show its name are told. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class UnitLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ImportFixture fixture;
    @Autowired DelegateService delegates;
    @Autowired UnitService units;

    @Test
    void aRenamedUnit() throws Exception {
        long conference = fixture.conferenceWithPoints();
        DelegateDraft d = new DelegateDraft();
        d.setFullName("Nguyễn Văn Đổi");
        d.setUnitName(TestData.unique("Sở Đổi Tên"));
        delegates.create(conference, d);
        Unit unit = units.find(conference, d.getUnitName()).getFirst();
        probe.expect(conference, Set.of(ATTENDANCE, AWARDS), () -> units.update(unit.id(), unit.version(),
                new UnitDraft(unit.name() + " tỉnh", unit.province(), unit.shortName(), unit.level(), unit.kind(), unit.address(),
                        unit.contactName(), unit.contactPhone(), unit.contactEmail())));
    }
}
