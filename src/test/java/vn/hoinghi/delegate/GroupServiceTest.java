package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(roles = AppRoles.STAFF)
class GroupServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired GroupService groups;

    @Test
    void groupsKeepTheirPrintedOrderAndAGroupWithDelegatesCannotBeRemoved() {
        long conference = fixture.conferenceWithDelegates();
        CompositionGroup first = groups.list(conference).getFirst();
        CompositionGroup press = groups.findOrCreate(conference, "  phóng viên  báo chí ");

        assertThat(groups.findOrCreate(conference, "PHONG VIEN BAO CHI").id()).as("one group, however written").isEqualTo(press.id());
        groups.move(conference, press.id(), -1);
        assertThat(groups.list(conference).get(groups.list(conference).size() - 2).id()).isEqualTo(press.id());
        assertThatThrownBy(() -> groups.rename(conference, press.id(), first.name()))
                .isInstanceOf(ValidationException.class).hasMessageContaining(first.name());
        assertThatThrownBy(() -> groups.delete(first.id())).isInstanceOf(ValidationException.class);

        groups.delete(press.id());
        assertThat(groups.list(conference)).extracting(CompositionGroup::id).doesNotContain(press.id());
    }
}
