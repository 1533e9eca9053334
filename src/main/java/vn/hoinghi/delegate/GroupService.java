package vn.hoinghi.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.repository.GroupRepository;
import vn.hoinghi.security.AppRoles;

/** A conference's composition groups ("thành phần"): created as lists name them, renamed, reordered, removed when empty. */
@Service
@Transactional
public class GroupService {

    private final GroupRepository groups;
    private final DelegateEvents live;

    GroupService(GroupRepository groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.live = new DelegateEvents(events);
    }

    /** composition_group.name (migration V2). */
    public static final int MAX_NAME = 255;

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public List<CompositionGroup> list(long conferenceId) {
        return groups.list(conferenceId);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public CompositionGroup findOrCreate(long conferenceId, String name) {
        String clean = SearchKey.clean(name);
        if (clean == null) {
            throw new ValidationException(Map.of("name", Texts.t("delegate.group.nameMissing")));
        }
        return groups.findByName(conferenceId, clean).orElseGet(() -> {
            groups.insert(conferenceId, clean);
            return groups.findByName(conferenceId, clean).orElseThrow();
        });
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void rename(long conferenceId, long groupId, String name) {
        String clean = SearchKey.clean(name);
        if (clean == null) {
            throw new ValidationException(Map.of("name", Texts.t("delegate.group.nameMissing")));
        }
        groups.findByName(conferenceId, clean).filter(g -> g.id() != groupId).ifPresent(g -> {
            throw new ValidationException(Map.of("name", Texts.t("delegate.group.exists", g.name())));
        });
        groups.rename(groupId, clean);
        live.listChanged(conferenceId); // the attendance board counts by group, under its name
    }

    /** Moves a group one place up (-1) or down (+1) in the printed order. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void move(long conferenceId, long groupId, int direction) {
        List<CompositionGroup> list = new ArrayList<>(groups.list(conferenceId));
        int from = list.indexOf(list.stream().filter(g -> g.id() == groupId).findFirst().orElseThrow());
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(from));
        for (int i = 0; i < list.size(); i++) {
            groups.setPosition(list.get(i).id(), i + 1);
        }
        live.listChanged(conferenceId); // and in this order
    }

    /** The colour of the group's cards ("#RRGGBB"); null goes back to the palette's colour for its position. */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public void setColour(long conferenceId, long groupId, String colour) {
        String clean = GroupColours.tidy(colour);
        if ("".equals(clean)) {
            throw new ValidationException(Map.of("colour", Texts.t("delegate.group.colourInvalid", colour)));
        }
        groups.list(conferenceId).stream().filter(g -> g.id() == groupId).findFirst().orElseThrow(() ->
                new ValidationException(Map.of("colour", Texts.t("delegate.group.notInConference"))));
        groups.setColour(groupId, clean);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long groupId) {
        if (groups.inUse(groupId)) {
            throw new ValidationException(Map.of("name", Texts.t("delegate.group.inUse")));
        }
        groups.delete(groupId);
    }
}
