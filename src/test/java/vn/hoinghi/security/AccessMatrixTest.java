package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.ClassUtils;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.unit.UnitService;

/**
 * Who may open what (decision 021), checked over everything the app declares rather than page by page: every route
 * of Vaadin's registry for every role; every conference page for an account bound to conference A, on A and on B;
 * and every service method a role may call with a conference id, on A and on B.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-quyen", roles = AppRoles.STAFF)
class AccessMatrixTest extends SignedInBrowserlessTest {

    /** Methods anyone may call, with or without a login: what an invitation link or a scanner needs. */
    private static final String PUBLIC = "permitAll()";

    @Autowired ApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired UnitService units;
    @Autowired ScreenLinkService screenLinks;
    @Autowired AgendaLiveService live;

    private long a;
    private long b;
    private ScreenPass hallScreenOfA;
    private ScreenPass deskLinkOfA;

    @BeforeEach
    void twoConferencesAndAnAccountOfEachRoleServingTheFirst() {
        runAs.committee("bantochuc-quyen", () -> {
            a = fixture.conferenceWithDelegates();
            b = fixture.conferenceWithDelegates();
            for (String role : AppRoles.ALL) {
                if (role.equals(AppRoles.UNIT)) {
                    accounts.unitServing(user(role), units.findOrCreate(a, "Sở Y tế").id(), a);
                } else {
                    accounts.serving(user(role), role, a);
                }
            }
            MeetingPoint remote = points.list(a).stream().filter(p -> !p.hall()).findFirst().orElseThrow();
            long coordinator = pointDay.candidates().stream().filter(c -> c.username().equals(user(AppRoles.POINT)))
                    .findFirst().orElseThrow().accountId();
            pointDay.assign(remote.id(), coordinator);
            String token = screenLinks.create(a, ScreenKind.HALL, null, "Màn hình hội trường A").token();
            hallScreenOfA = screenLinks.signIn(token).orElseThrow();
            deskLinkOfA = screenLinks.signIn(screenLinks.create(a, ScreenKind.DESK, remote.id(), "Bàn điểm cầu A").token())
                    .orElseThrow();
            return null;
        });
    }

    /** This test's account of that role, serving A only. */
    private String user(String role) {
        return "quyen-" + role.toLowerCase() + "-" + a;
    }

    private <T> T as(String role, Supplier<T> work) {
        return runAs.role(user(role), role, work);
    }

    @Test
    void everyRouteOpensForTheRolesItNamesAndIsRefusedToTheOthers() {
        List<RouteData> routes = routes();
        assertThat(routes).hasSizeGreaterThan(25);
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes) {
            Class<? extends Component> target = route.getNavigationTarget();
            if (target.getSimpleName().equals("LoginView")) {
                continue; // where a signed-out user goes; a signed-in one is sent on from there
            }
            if (route.getTemplate().isEmpty()) {
                continue; // the start page opens no page of its own: it sends everyone on (checked below)
            }
            for (String role : AppRoles.ALL) {
                boolean named = target.isAnnotationPresent(PermitAll.class) || target.isAnnotationPresent(AnonymousAllowed.class)
                        || (target.isAnnotationPresent(RolesAllowed.class)
                        && Arrays.asList(target.getAnnotation(RolesAllowed.class).value()).contains(role));
                boolean opened = as(role, () -> opens(location(route, a), target));
                if (named != opened) {
                    wrong.add(route.getTemplate() + " as " + role + (named ? ": refused" : ": opened"));
                }
            }
        }
        assertThat(wrong).as("routes that do not follow their @RolesAllowed / @PermitAll").isEmpty();
    }

    @Test
    void anAccountBoundToOneConferenceOpensItsPagesAndIsSentToTheListFromAnothers() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (RouteData route : routes()) {
            Class<? extends Component> target = route.getNavigationTarget();
            if (!route.getTemplate().startsWith("conferences/:")) {
                continue;
            }
            for (String role : AppRoles.ALL) {
                if (!target.isAnnotationPresent(PermitAll.class) && !Arrays.asList(target.getAnnotation(RolesAllowed.class).value()).contains(role)) {
                    continue;
                }
                boolean committee = role.equals(AppRoles.ADMIN) || role.equals(AppRoles.STAFF);
                boolean opensA = as(role, () -> opens(location(route, a), target));
                boolean opensB = as(role, () -> opens(location(route, b), target));
                checked++;
                if (!opensA) {
                    wrong.add(route.getTemplate() + " as " + role + ": refused on its own conference");
                }
                if (opensB != committee) {
                    wrong.add(route.getTemplate() + " as " + role + (committee ? ": refused on B" : ": opened on B"));
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPageOfAnotherConferenceSendsTheAccountToItsOwnListWithAMessage() {
        as(AppRoles.GATE, () -> {
            UI.getCurrent().navigate(ConferencePath.of(b, "gate"));
            assertThat(getCurrentView().getClass().getSimpleName()).startsWith("ConferenceListView");
            assertThat(conferences.list()).extracting(Conference::id).containsExactly(a);
            UI.getCurrent().navigate("");
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .as("the start page opens the one conference the account serves").isEqualTo(ConferencePath.of(a));
            return null;
        });
    }

    /** Exactly the probe's complaint, for the MC: bound to A, B is closed to it in a page and through the services. */
    @Test
    void anMcBoundToACannotOpenBInAPageOrThroughAService() {
        long pointOfB = runAs.committee("bantochuc-quyen", () -> points.list(b).getFirst().id());
        as(AppRoles.MC, () -> {
            assertThat(opens(ConferencePath.of(b, "mc"), null)).isFalse();
            assertThat(opens(ConferencePath.of(a, "mc"), null)).isTrue();
            assertThatThrownBy(() -> conferences.open(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> live.live(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> live.next(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pointDay.wall(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pointDay.screenPoint(pointOfB)).isInstanceOf(AccessDeniedException.class);
            assertThat(conferences.open(a)).isPresent();
            assertThat(live.live(a)).isNotNull();
            assertThat(conferences.list()).extracting(Conference::id).containsExactly(a);
            return null;
        });
    }

    /** Services given a delegate's or a point's id find its conference and refuse one the account does not serve. */
    @Test
    void aServiceGivenAnotherKindOfIdChecksItsConference() {
        Delegate ofA = runAs.committee("bantochuc-quyen", () -> delegates.list(a, DelegateFilter.all()).getFirst());
        Delegate ofB = runAs.committee("bantochuc-quyen", () -> delegates.list(b, DelegateFilter.all()).getFirst());
        long pointOfB = runAs.committee("bantochuc-quyen", () -> points.list(b).getLast().id());
        as(AppRoles.GATE, () -> {
            assertThat(delegates.getAtTheDoor(ofA.id())).isPresent();
            assertThatThrownBy(() -> delegates.getAtTheDoor(ofB.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checkins.checkInFound(a, ofB.id(), "Cổng 1")).isInstanceOf(AccessDeniedException.class);
            assertThat(delegates.getAtTheDoor(ofB.id() + 1_000_000)).isEmpty();
            assertThat(delegates.names(List.of(ofA.id()))).containsKey(ofA.id());
            assertThatThrownBy(() -> delegates.names(List.of(ofA.id(), ofB.id()))).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        as(AppRoles.POINT, () -> {
            assertThatThrownBy(() -> pointDay.desk(pointOfB)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> delegates.atPoint(pointOfB)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checkins.checkInAtPoint(pointOfB, ofB.id())).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        runAs.screen(hallScreenOfA, () -> {
            assertThat(conferences.list()).extracting(Conference::id).containsExactly(a);
            assertThatThrownBy(() -> pointDay.screenPoint(pointOfB)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    /**
     * Every service method that takes a conference id, called by every role, a hall screen's link and a point's desk
     * link, all serving A: on B each is refused (by the role or by the conference) unless it is public; on A the role
     * decides. A method added later is checked without editing this test.
     */
    @Test
    void everyServiceMethodTakingAConferenceRefusesAnotherConferenceToEveryRoleButTheCommittee() {
        List<Method> methods = new ArrayList<>();
        Map<Method, Object> beans = new HashMap<>();
        Set<String> unguarded = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !ClassUtils.getUserClass(type).getName().startsWith("vn.hoinghi.")) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            for (Method m : user.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || conferenceParameter(m) < 0) {
                    continue;
                }
                if (preAuthorize(m) != null) {
                    methods.add(m);
                    beans.put(m, context.getBean(name));
                } else if (user.getSimpleName().endsWith("Service")) {
                    unguarded.add(user.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unguarded).as("service methods taking a conference id without @PreAuthorize").containsExactlyInAnyOrder(
                "HealthSettingsService.forScanners"); // every scan of a device asks; the device's token is its credential
        assertThat(methods).as("the services' methods that take a conference id").hasSizeGreaterThan(100);

        Map<String, Set<String>> worksOnA = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        Set<String> publicMethods = new TreeSet<>();
        List<String> callers = new ArrayList<>(AppRoles.ALL);
        callers.add("SCREEN-LINK");
        callers.addFirst("DESK-LINK"); // before the committee calls DeskLinkService.revokeAll on A
        for (String caller : callers) {
            for (Method m : methods) {
                String label = m.getDeclaringClass().getSimpleName() + "." + m.getName();
                if (PUBLIC.equals(preAuthorize(m))) {
                    publicMethods.add(label);
                    continue;
                }
                boolean committee = caller.equals(AppRoles.ADMIN) || caller.equals(AppRoles.STAFF);
                if (!committee && !refused(caller, () -> call(beans.get(m), m, b))) {
                    leaks.add(label + " as " + caller + " on B");
                }
                if (!refused(caller, () -> call(beans.get(m), m, a))) {
                    worksOnA.computeIfAbsent(caller, c -> new TreeSet<>()).add(label);
                }
            }
        }
        System.out.println("access-matrix public methods with a conference id: " + publicMethods);
        worksOnA.forEach((caller, labels) -> System.out.println("access-matrix " + caller + " may call on A: " + labels.size()
                + " " + labels));
        assertThat(leaks).as("methods that let an account act on a conference it does not serve").isEmpty();
        assertThat(publicMethods).containsExactlyInAnyOrder("ConferenceService.publicFacts", "HealthSettingsService.get",
                "ConferenceAccess.serves", "ConferenceAccess.check");
        for (String caller : List.of(AppRoles.GATE, AppRoles.MC, AppRoles.POINT, AppRoles.UNIT, AppRoles.SCREEN, "SCREEN-LINK",
                "DESK-LINK")) {
            assertThat(worksOnA.get(caller)).as(caller + " works on its own conference").isNotEmpty();
        }
        assertThat(worksOnA.get(AppRoles.GATE)).contains("CheckinService.scan", "DelegateService.findAtTheDoor");
        assertThat(worksOnA.get(AppRoles.MC)).contains("AgendaLiveService.next", "AttendanceService.introductions");
        assertThat(worksOnA.get(AppRoles.UNIT)).contains("NominationService.list", "UnitReportService.mine");
        assertThat(worksOnA.get("SCREEN-LINK")).contains("AgendaLiveService.live").doesNotContain("AgendaLiveService.next");
        assertThat(worksOnA.get("DESK-LINK")).contains("PointDayService.myPoint").doesNotContain("PointDayService.wall",
                "AgendaLiveService.next", "DelegateService.list");
    }

    private boolean refused(String caller, Runnable call) {
        Supplier<Boolean> attempt = () -> {
            try {
                call.run();
                return false;
            } catch (AccessDeniedException e) {
                return true;
            } catch (RuntimeException e) { // dummy arguments: whatever else goes wrong came after the security check
                return false;
            }
        };
        return switch (caller) {
            case "SCREEN-LINK" -> runAs.screen(hallScreenOfA, attempt);
            case "DESK-LINK" -> runAs.screen(deskLinkOfA, attempt);
            default -> as(caller, attempt);
        };
    }

    private static void call(Object bean, Method m, long conferenceId) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        int conference = conferenceParameter(m);
        for (int i = 0; i < args.length; i++) {
            args[i] = i == conference ? conferenceId : dummy(types[i]);
        }
        try {
            m.invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object dummy(Class<?> type) {
        if (type == long.class) return 0L;
        if (type == int.class) return 0;
        if (type == boolean.class) return false;
        if (type == String.class) return "x";
        if (type == List.class || type == Collection.class) return List.of();
        if (type == Set.class) return Set.of();
        if (type == Map.class) return Map.of();
        if (type == byte[].class) return new byte[0];
        return null;
    }

    private static int conferenceParameter(Method m) {
        Parameter[] parameters = m.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getName().equals("conferenceId") && parameters[i].getType() == long.class) {
                return i;
            }
        }
        return -1;
    }

    private static String preAuthorize(Method m) {
        PreAuthorize on = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
        if (on == null) {
            on = AnnotatedElementUtils.findMergedAnnotation(m.getDeclaringClass(), PreAuthorize.class);
        }
        return on == null ? null : on.value();
    }

    /** The app's routes; not the pages that exist only on test servers to fail on purpose (ErrorViewsTest). */
    private List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getNavigationTarget().getName().startsWith("vn.hoinghi.base.ui.ErrorViewsTest"))
                .sorted(Comparator.comparing(RouteData::getTemplate)).toList();
    }

    private static String location(RouteData route, long conferenceId) {
        return route.getTemplate().replaceAll(":" + ConferencePath.PARAMETER + "(\\([^)]*\\))?", Long.toString(conferenceId))
                .replaceAll(":[a-zA-Z]+(\\([^)]*\\))?", "khong-co");
    }

    /** Whether navigating there shows that page (null: any page with the location's address). */
    private boolean opens(String location, Class<?> target) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException refused) {
            return false;
        }
        Object view = getCurrentView();
        return target != null ? target.isInstance(view)
                : UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals(location);
    }
}
