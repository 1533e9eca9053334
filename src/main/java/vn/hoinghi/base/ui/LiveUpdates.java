package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * Keeps a view current while it is on screen: subscribes on attach, unsubscribes on detach, pushes each refresh.
 * The refresh runs inside {@code ui.access}, so it may call services as the signed-in user. When the router reuses
 * the view for another conference's address, the subscription moves to that conference.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** {@code conferenceId} is asked on attach and after each navigation; null (nothing shown) follows nothing. */
    public static void follow(Component view, LiveHub hub, Supplier<Long> conferenceId, Set<LiveTopic> topics,
                              Runnable refresh) {
        Following following = new Following(hub, conferenceId, topics, refresh);
        view.addAttachListener(attach -> following.start(attach.getUI()));
        view.addDetachListener(detach -> following.stop());
    }

    private static final class Following {
        private final LiveHub hub;
        private final Supplier<Long> conferenceId;
        private final Set<LiveTopic> topics;
        private final Runnable refresh;
        private LiveHub.Subscription subscription;
        private Long subscribedTo;
        private Registration navigation;

        Following(LiveHub hub, Supplier<Long> conferenceId, Set<LiveTopic> topics, Runnable refresh) {
            this.hub = hub;
            this.conferenceId = conferenceId;
            this.topics = topics;
            this.refresh = refresh;
        }

        void start(UI ui) {
            follow(ui);
            navigation = ui.addAfterNavigationListener(e -> follow(ui));
        }

        private void follow(UI ui) {
            Long conference = conferenceId.get();
            if (subscription != null && Objects.equals(conference, subscribedTo)) {
                return;
            }
            close();
            if (conference != null) {
                subscription = hub.subscribe(conference, topics, () -> ui.access(refresh::run));
                subscribedTo = conference;
            }
        }

        void stop() {
            close();
            if (navigation != null) {
                navigation.remove();
                navigation = null;
            }
        }

        private void close() {
            if (subscription != null) {
                subscription.close();
                subscription = null;
                subscribedTo = null;
            }
        }
    }
}
