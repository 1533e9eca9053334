package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.function.LongSupplier;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * Keeps a view current while it is on screen: subscribes on attach, unsubscribes on detach, pushes each refresh.
 * The refresh runs inside {@code ui.access}, so it may call services as the signed-in user.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void follow(Component view, LiveHub hub, LongSupplier conferenceId, Set<LiveTopic> topics,
                              Runnable refresh) {
        LiveHub.Subscription[] current = new LiveHub.Subscription[1];
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // ui.access runs the refresh (queries and push) in the calling thread when the session is free; each
            // screen gets its own virtual thread, so the hub's single thread never waits for one screen after another.
            current[0] = hub.subscribe(conferenceId.getAsLong(), topics,
                    () -> Thread.ofVirtual().name("live-screen").start(() -> ui.access(refresh::run)));
        });
        view.addDetachListener(detach -> {
            if (current[0] != null) {
                current[0].close();
                current[0] = null;
            }
        });
    }
}
