package vn.hoinghi.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.OptionalLong;
import vn.hoinghi.base.ConferencePath;

/** The frame around every signed-in page: navigation by role, the page's conference, language, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<HeaderContribution> headerContributions;
    private final HorizontalLayout headerSlot = new HorizontalLayout();
    private final Div navigation = new Div();

    private final AccessAnnotationChecker accessChecker;

    public MainLayout(AuthenticationContext authentication, List<HeaderContribution> headerContributions,
                      AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
        this.headerContributions = headerContributions;
        addClassName("hn-main-layout");
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("hn-brand");
        navigation.addClassName("hn-navigation");
        addToDrawer(brand, navigation);

        headerSlot.addClassName("hn-header-slot");
        headerSlot.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("hn-user");
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(ComponentTexts.drawer(this), headerSlot, new LanguageSwitch(), user, logout);
        header.addClassName("hn-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.expand(headerSlot);
        addToNavbar(header);
    }

    /**
     * The pages this user may open, by section: those of the whole app, and, on a page of a conference, that
     * conference's pages with its id in their addresses. A section without a page this user may open is not shown.
     */
    private void showNavigation(OptionalLong conferenceId) {
        navigation.removeAll();
        Map<MenuSection, List<SideNavItem>> sections = new EnumMap<>(MenuSection.class);
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> accessChecker.hasAccess(route.getNavigationTarget()))
                .filter(route -> conferenceId.isPresent() || !route.getTemplate().startsWith(ConferencePath.ROUTE))
                .sorted(Comparator.comparingDouble(route -> route.getNavigationTarget().getAnnotation(Menu.class).order()))
                .forEach(route -> {
                    Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
                    sections.computeIfAbsent(MenuSection.of(menu.order()), s -> new ArrayList<>())
                            .add(item(menu, route.getTemplate(), conferenceId));
                });
        sections.forEach((section, items) -> {
            SideNav nav = ComponentTexts.sideNav(section.titleKey() == null ? null : getTranslation(section.titleKey()));
            nav.setCollapsible(section.titleKey() != null);
            nav.addClassName("hn-nav-section");
            items.forEach(nav::addItem);
            navigation.add(nav);
        });
    }

    private SideNavItem item(Menu menu, String template, OptionalLong conferenceId) {
        boolean ofConference = template.startsWith(ConferencePath.ROUTE);
        String path = ofConference ? ConferencePath.of(conferenceId.getAsLong())
                + template.substring(ConferencePath.ROUTE.length()) : template;
        SideNavItem item = new SideNavItem(getTranslation(menu.title()), path);
        item.setMatchNested(ofConference && !template.equals(ConferencePath.ROUTE));
        if (!menu.icon().isEmpty()) {
            item.setPrefixComponent(new Icon(menu.icon()));
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        OptionalLong conferenceId = ConferencePage.id(event.getRouteParameters());
        showNavigation(conferenceId);
        headerSlot.removeAll();
        headerContributions.forEach(c -> headerSlot.add(c.create(conferenceId)));
    }
}
