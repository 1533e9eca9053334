package vn.hoinghi.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import vn.hoinghi.base.ConferencePath;

/** The frame around every signed-in page: navigation by role, the page's conference, language, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<HeaderContribution> headerContributions;
    private final HorizontalLayout headerSlot = new HorizontalLayout();
    private final SideNav navigation = new SideNav();

    private final AccessAnnotationChecker accessChecker;

    public MainLayout(AuthenticationContext authentication, List<HeaderContribution> headerContributions,
                      AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
        this.headerContributions = headerContributions;
        addClassName("hn-main-layout");
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("HoiNghi");
        brand.addClassName("hn-brand");
        addToDrawer(brand, navigation);

        headerSlot.addClassName("hn-header-slot");
        headerSlot.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("hn-user");
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), headerSlot, new LanguageSwitch(), user, logout);
        header.addClassName("hn-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.expand(headerSlot);
        addToNavbar(header);
    }

    /**
     * The pages this user may open: those of the whole app, and, on a page of a conference, that conference's pages
     * with its id in their addresses.
     */
    private void showNavigation(OptionalLong conferenceId) {
        navigation.removeAll();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> accessChecker.hasAccess(route.getNavigationTarget()))
                .sorted(Comparator.comparingDouble(route -> route.getNavigationTarget().getAnnotation(Menu.class).order()))
                .forEach(route -> {
                    Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
                    String template = route.getTemplate();
                    boolean ofConference = template.startsWith(ConferencePath.ROUTE);
                    if (ofConference && conferenceId.isEmpty()) {
                        return;
                    }
                    String path = ofConference ? ConferencePath.of(conferenceId.getAsLong())
                            + template.substring(ConferencePath.ROUTE.length()) : template;
                    SideNavItem item = new SideNavItem(getTranslation(menu.title()), path);
                    item.setMatchNested(ofConference && !template.equals(ConferencePath.ROUTE));
                    if (!menu.icon().isEmpty()) {
                        item.setPrefixComponent(new Icon(menu.icon()));
                    }
                    navigation.addItem(item);
                });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        OptionalLong conferenceId = ConferencePage.id(event.getRouteParameters());
        showNavigation(conferenceId);
        headerSlot.removeAll();
        headerContributions.forEach(c -> headerSlot.add(c.create(conferenceId)));
    }
}
