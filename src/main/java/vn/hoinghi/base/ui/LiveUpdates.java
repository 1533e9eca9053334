package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.function.Supplier;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * Keeps a view current while it is on screen: subscribes on attach, unsubscribes on detach, pushes each refresh.
 * The refresh runs inside {@code ui.access}, so it may call services as the signed-in user.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** {@code conferenceId} is asked on attach; null (nothing shown yet) means nothing to follow. */
    public static void follow(Component view, LiveHub hub, Supplier<Long> conferenceId, Set<LiveTopic> topics,
                              Runnable refresh) {
        LiveHub.Subscription[] current = new LiveHub.Subscription[1];
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Long conference = conferenceId.get();
            if (conference != null) {
                current[0] = hub.subscribe(conference, topics, () -> ui.access(refresh::run));
            }
        });
        view.addDetachListener(detach -> {
            if (current[0] != null) {
                current[0].close();
                current[0] = null;
            }
        });
    }
}
