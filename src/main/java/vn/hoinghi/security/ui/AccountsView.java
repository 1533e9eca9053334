package vn.hoinghi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.security.Account;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceDirectory;
import vn.hoinghi.security.ConferenceDirectory.ConferenceChoice;
import vn.hoinghi.security.UnitDirectory;
import vn.hoinghi.security.UnitDirectory.UnitChoice;

@Route("accounts")
@Menu(title = "nav.accounts", order = 930, icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
class AccountsView extends VerticalLayout implements TranslatedTitle {

    private final AccountService service;
    private final UnitDirectory units;
    private final ConferenceDirectory conferences;
    private final Grid<Account> grid = new Grid<>();
    private Map<Long, Set<Long>> served = Map.of();

    AccountsView(AccountService service, UnitDirectory units, ConferenceDirectory conferences) {
        this.service = service;
        this.units = units;
        this.conferences = conferences;
        Map<Long, String> titles = conferences.conferences().stream()
                .collect(Collectors.toMap(ConferenceChoice::id, ConferenceChoice::title));
        Map<Long, String> unitNames = units.units().stream().collect(Collectors.toMap(UnitChoice::id, UnitChoice::name));
        setSizeFull();
        Button add = new Button(getTranslation("accounts.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("nav.accounts")), add));

        grid.addColumn(Account::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.displayName")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("role." + a.role())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(a -> a.unitId() == null ? "" : unitNames.get(a.unitId())).setHeader(getTranslation("accounts.unit"))
                .setFlexGrow(1);
        grid.addColumn(a -> servedBy(a, titles)).setHeader(getTranslation("accounts.conferences")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.active" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    /** "Tất cả" for the committee; the titles of the conferences another account serves, or "none yet". */
    private String servedBy(Account a, Map<Long, String> titles) {
        if (AppRoles.ADMIN.equals(a.role()) || AppRoles.STAFF.equals(a.role())) {
            return getTranslation("accounts.conferences.all");
        }
        Set<Long> ids = served.getOrDefault(a.id(), Set.of());
        return ids.isEmpty() ? getTranslation("accounts.conferences.none")
                : ids.stream().map(id -> titles.getOrDefault(id, "#" + id)).collect(Collectors.joining("; "));
    }

    private void open(Account account) {
        new AccountDialog(service, units, conferences.conferences(),
                account == null ? Set.of() : served.getOrDefault(account.id(), Set.of()), account, this::refresh).open();
    }

    private void refresh() {
        served = service.conferences();
        grid.setItems(service.list());
    }
}
