package vn.hoinghi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.security.AccountDraft;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * The acceptance: switched to English, every page the app declares shows no Vietnamese UI text; in
 * Vietnamese, no English UI text. Each page is opened once per language by an account that may see it, on a
 * conference whose data is written in plain letters ({@link PlainLettersConference}), so what is found is the UI's.
 * The grids that list every conference, unit or account also show other tests' data: there, a text stored in the
 * database is data, not UI. A failure lists every page with its leaking texts (decision 025).
 */
class LanguageWalkBrowserTest extends BrowserTest {

    /** Account names in plain letters too (the header shows them), and no English word in them. */
    private static final String ADMIN = "walk-quantri";
    private static final String UNIT = "walk-donvi";
    /** A finding on this many pages or more (the header, Vaadin's own texts) is listed once, before the pages. */
    private static final int SHARED = 5;
    /** The pages that show the programme as it runs: walked again once it has started. */
    private static final Pattern LIVE = Pattern.compile("/(mc|screen/|point-status|point-desk|attendance)");
    /** The pages whose grids list every conference, unit or account: other tests' data too. */
    private static final Set<String> LISTS_OF_ALL = Set.of("", "conferences", "units", "accounts");
    /** Pages with a button that opens an important dialog, by the button's translation key. */
    private static final Map<String, List<String>> DIALOGS = Map.of(
            "conferences", List.of("conference.add"),
            "delegates", List.of("delegates.add", "delegates.import", "cards.open"));

    @Autowired PlainLettersConference plainLetters;
    @Autowired AccountService accountService;
    @Autowired DSLContext dsl;

    /** Everything each page gave to read, written out with the findings so a reader can check what was walked. */
    private final Map<String, List<PageTexts.Text>> read = new LinkedHashMap<>();

    @Test
    void inEnglishNoPageShowsVietnamese() {
        Map<String, List<String>> leaks = walk("en", text -> UiLanguage.hasVietnameseLetter(text) ? text : null);
        assertThat(leaks).as("Vietnamese on the English pages (page: texts)" + listing(leaks)).isEmpty();
    }

    @Test
    void inVietnameseNoPageShowsEnglish() {
        Set<String> vocabulary = UiLanguage.englishVocabulary();
        Map<String, List<String>> leaks = walk("vi", text -> {
            Set<String> words = UiLanguage.englishWords(text, vocabulary);
            return words.isEmpty() ? null : text + " " + words;
        });
        assertThat(leaks).as("English on the Vietnamese pages (page: texts [words])" + listing(leaks)).isEmpty();
    }

    /**
     * Opens every route in that language (then, with the programme running, the live pages again) and returns, by
     * page, what the check finds wrong in its texts (null: nothing), and the pages that showed nothing to read or
     * another page than asked.
     */
    private Map<String, List<String>> walk(String language, Function<String, String> check) {
        PlainLettersConference.Made made = plainLetters.make((int) (System.nanoTime() % 1_000_000));
        String admin = account(ADMIN + "-" + language, AppRoles.ADMIN, null, "Tran Thi Mai");
        String unit = account(UNIT + "-" + language, AppRoles.UNIT, made, "Vu Van Long");
        Walk walk = new Walk(language, check, made);
        walk.pages.put("anonymous", choose(browser.newContext(size()).newPage(), url("login"), language));
        walk.pages.put(ADMIN, signedIn(admin, language));
        walk.pages.put(UNIT, signedIn(unit, language));
        int walked = 0;
        for (Class<?> view : views()) {
            walked += walk.open(view, "") ? 1 : 0;
        }
        plainLetters.startProgramme(made);
        for (Class<?> view : views()) {
            if (LIVE.matcher(view.getAnnotation(Route.class).value()).find()) {
                walk.open(view, " (programme running)");
            }
        }
        walk.pages.values().forEach(p -> p.context().close());
        assertThat(walked).as("pages walked").isGreaterThan(30);
        write(language, walk.leaks);
        return walk.leaks;
    }

    /** One language's walk: its browsers (anonymous, admin, unit), its check, and what it found. */
    private final class Walk {

        final Map<String, Page> pages = new LinkedHashMap<>();
        final Map<String, List<String>> leaks = new LinkedHashMap<>();
        private final Function<String, String> check;
        private final PlainLettersConference.Made made;
        private final Properties translations;
        private final String otherLanguage;
        private final Set<String> data = databaseTexts();

        Walk(String language, Function<String, String> check, PlainLettersConference.Made made) {
            this.check = check;
            this.made = made;
            this.translations = UiLanguage.load("translations_" + language + ".properties");
            this.otherLanguage = language.equals("en") ? "vi" : "en";
        }

        /** Opens the page, and its important dialogs, and notes what is wrong; false if it could not be walked. */
        boolean open(Class<?> view, String state) {
            String route = view.getAnnotation(Route.class).value();
            String address = address(route, made);
            Page page = pages.get(who(view));
            String name = "/" + address + " (" + view.getSimpleName() + ")" + state;
            try {
                page.navigate(url(address));
                PageTexts.settle(page);
                inspect(page, name, address, true);
                List<String> dialogs = DIALOGS.getOrDefault(route.substring(route.lastIndexOf('/') + 1), List.of());
                for (String key : state.isEmpty() ? dialogs : List.<String>of()) {
                    page.navigate(url(address));
                    PageTexts.settle(page);
                    page.locator("vaadin-button").filter(new Locator.FilterOptions()
                            .setHasText(translations.getProperty(key))).first().click();
                    PageTexts.settle(page);
                    inspect(page, name + " + dialog " + key, address, false);
                }
                return true;
            } catch (PlaywrightException e) {
                leaks.computeIfAbsent(name, n -> new ArrayList<>()).add("(could not be walked: "
                        + e.getMessage().lines().findFirst().orElse("") + ")");
                return false;
            }
        }

        private void inspect(Page page, String name, String address, boolean landing) {
            List<String> found = new ArrayList<>();
            String landed = URI.create(page.url()).getPath().substring(1);
            if (landing && !address.isEmpty() && !landed.equals(address.replaceFirst("\\?.*", ""))) {
                found.add("(opened /" + landed + " instead)");
            }
            List<PageTexts.Text> texts = PageTexts.collect(page, otherLanguage);
            if (texts.size() < 3) {
                found.add("(nothing to read: " + texts + ")");
            }
            read.put(name, texts);
            for (PageTexts.Text text : texts) {
                String wrong = check.apply(text.text());
                boolean othersData = LISTS_OF_ALL.contains(address) && text.place().contains("vaadin-grid");
                if (wrong != null && (!othersData || check.apply(withoutData(text.text(), data)) != null)) {
                    found.add(wrong + "   <" + text.place() + ">");
                }
            }
            if (!found.isEmpty()) {
                leaks.put(name, found);
            }
        }
    }

    /** The address of a route for this walk's conference and invitation. */
    private static String address(String route, PlainLettersConference.Made made) {
        String address = route.replaceAll(":" + ConferencePath.PARAMETER + "(\\([^)]*\\))?", Long.toString(made.conferenceId()))
                .replace(":code", made.invitationCode());
        return address.endsWith("/screen/point") || address.endsWith("/screen/desk")
                ? address + "?point=" + made.remotePointId() : address;
    }

    /** Which of the walk's three browsers opens the page: anonymous, the admin, or the unit's representative. */
    private static String who(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anonymous";
        }
        if (view.isAnnotationPresent(PermitAll.class)
                || Arrays.asList(view.getAnnotation(RolesAllowed.class).value()).contains(AppRoles.ADMIN)) {
            return ADMIN;
        }
        return UNIT;
    }

    /** Every page the app declares with @Route (not the test servers' own error pages). */
    private static List<Class<?>> views() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("vn.hoinghi").stream()
                .map(candidate -> candidate.getBeanClassName())
                .filter(name -> !name.contains("Test"))
                .<Class<?>>map(name -> {
                    try {
                        return Class.forName(name);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparing(view -> view.getAnnotation(Route.class).value()))
                .toList();
    }

    /** An account for this walk with a display name in plain letters (the header shows it on every page). */
    private String account(String username, String role, PlainLettersConference.Made made, String displayName) {
        if (made != null) {
            accounts.unitServing(username, made.unitId(), made.conferenceId());
        } else {
            accounts.ensure(username, role);
        }
        runAs.role("walk-setup", AppRoles.ADMIN, () -> {
            var account = accountService.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
            accountService.update(account.id(), account.version(), new AccountDraft(username, displayName, account.role(),
                    account.unitId(), true, null));
            return null;
        });
        return username;
    }

    private Page signedIn(String username, String language) {
        Page page = browser.newContext(size()).newPage();
        login(page, username, TestAccounts.PASSWORD);
        return choose(page, url("conferences"), language);
    }

    /** Opens the address and picks the language with the switch on the page, unless it is already picked. */
    private static Page choose(Page page, String address, String language) {
        page.setDefaultTimeout(30_000);
        page.navigate(address);
        PageTexts.settle(page);
        String label = language.equals("en") ? "English" : "Tiếng Việt";
        Locator languageSwitch = page.locator(".hn-language").first();
        if (!languageSwitch.innerText().contains(label)) {
            page.evaluate("() => window.walkBeforeReload = true");
            languageSwitch.click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
            page.waitForFunction("() => !window.walkBeforeReload"); // the switch reloads the page in the new language
            PageTexts.settle(page);
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".hn-language").first())
                .containsText(label);
        return page;
    }

    private static Browser.NewContextOptions size() {
        return new Browser.NewContextOptions().setViewportSize(1366, 900);
    }

    /**
     * Every text the database holds (each text column's distinct values, bounded), for the pages that show other
     * tests' conferences, units and accounts: there a stored text is data, whatever its language.
     */
    private Set<String> databaseTexts() {
        Set<String> texts = new HashSet<>();
        var columns = dsl.fetch("select table_name, column_name from information_schema.columns where table_schema = database()"
                + " and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext') and table_name not like 'flyway%'");
        for (var column : columns) {
            String sql = "select distinct `" + column.get(1, String.class) + "` from `" + column.get(0, String.class)
                    + "` where char_length(`" + column.get(1, String.class) + "`) between 2 and 300 limit 5000";
            dsl.fetch(sql).forEach(row -> texts.add(row.get(0, String.class).strip()));
        }
        return texts;
    }

    /** The text with every stored text in it taken out, longest first. */
    private static String withoutData(String text, Set<String> data) {
        if (data.contains(text)) {
            return "";
        }
        String rest = text;
        for (String stored : data.stream().filter(rest::contains).sorted(Comparator.comparing(String::length).reversed()).toList()) {
            rest = rest.replace(stored, " ");
        }
        return rest;
    }

    /** The findings by page; those on {@value #SHARED} pages or more once, before the pages. */
    private static String listing(Map<String, List<String>> leaks) {
        Map<String, Integer> pagesOf = new LinkedHashMap<>();
        leaks.values().forEach(texts -> texts.forEach(t -> pagesOf.merge(t, 1, Integer::sum)));
        StringBuilder out = new StringBuilder();
        pagesOf.forEach((text, pages) -> {
            if (pages >= SHARED) {
                out.append("\n(on ").append(pages).append(" pages) ").append(text);
            }
        });
        leaks.forEach((page, texts) -> {
            List<String> own = texts.stream().filter(t -> pagesOf.get(t) < SHARED).toList();
            if (!own.isEmpty()) {
                out.append("\n").append(page).append(":");
                own.forEach(t -> out.append("\n    ").append(t));
            }
        });
        return out.toString();
    }

    private void write(String language, Map<String, List<String>> leaks) {
        StringBuilder texts = new StringBuilder();
        read.forEach((page, list) -> {
            texts.append(page).append(":\n");
            list.forEach(t -> texts.append("    ").append(t.text()).append("   <").append(t.place()).append(">\n"));
        });
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/language-walk-" + language + ".txt"),
                    leaks.size() + " pages with findings" + listing(leaks) + "\n");
            Files.writeString(Path.of("target/language-walk-" + language + "-texts.txt"), texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
