package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The committee registers a kiosk and the kiosk checks someone in with the token it was given. */
class ScannersBrowserTest extends BrowserTest {

    @Test
    void aRegisteredKioskChecksInWithItsToken() throws Exception {
        Page page = withDemo("admin-thietbi", 1366, 800);
        page.navigate(url(demoConference(), "scanners"));
        page.locator("vaadin-text-field").nth(0).locator("input").fill("Ki-ốt sảnh A");
        page.locator("vaadin-text-field").nth(1).locator("input").fill("Cổng chính");
        page.getByText("Đăng ký thiết bị").click();
        assertThat(page.getByText("Mã của thiết bị Ki-ốt sảnh A").first()).isVisible();
        String token = page.locator("vaadin-dialog-overlay vaadin-text-field input, vaadin-dialog vaadin-text-field input")
                .first().inputValue();
        screenshot(page, "scanners");

        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/scan")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"khong-phai-ma\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(token).hasSizeGreaterThan(20);
        org.assertj.core.api.Assertions.assertThat(unknown.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(unknown.body()).contains("\"result\":\"unknown\"");
        page.close();
    }
}
