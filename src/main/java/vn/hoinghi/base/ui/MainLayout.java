package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/** The frame around every signed-in page: navigation by role, the current conference, language, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<HeaderContribution> headerContributions;
    private final HorizontalLayout headerSlot = new HorizontalLayout();

    private final AccessAnnotationChecker accessChecker;

    public MainLayout(AuthenticationContext authentication, List<HeaderContribution> headerContributions,
                      AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
        this.headerContributions = headerContributions;
        addClassName("hn-main-layout");
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("HoiNghi");
        brand.addClassName("hn-brand");
        addToDrawer(brand, createNavigation());

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

    private Component createNavigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != null && !accessChecker.hasAccess(entry.menuClass())) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        headerSlot.removeAll();
        headerContributions.forEach(c -> headerSlot.add(c.create()));
    }
}
