package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;

/** The login form's check against real accounts: spellings, locks, and what a refusal gives away. */
@IntegrationTest
class LoginTest {

    @Autowired ThrottledLogin login;
    @Autowired TestAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;
    @Autowired AccountService accountService;
    @Autowired RunAs runAs;

    @Test
    void everySpellingOfANameCountsAgainstTheOneLockOfItsAccount() {
        accounts.ensure("seclock", AppRoles.STAFF);
        String desk = "10.20.0.1";
        for (String spelling : new String[] {"SECLOCK", "sêclock", "séclock", " SêCLOCK ", "ｓｅｃｌｏｃｋ"}) {
            assertThatThrownBy(() -> login.authenticate(attempt(spelling, "sai-mat-khau", desk)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        for (String spelling : new String[] {"seclock", "SECLOCK", "sêclock", "séclock"}) {
            assertThatThrownBy(() -> login.authenticate(attempt(spelling, TestAccounts.PASSWORD, desk)))
                    .as("locked stays locked with the right password, typed as %s", spelling)
                    .isInstanceOf(LockedException.class);
        }
        Authentication elsewhere = login.authenticate(attempt("SêcLock", TestAccounts.PASSWORD, "10.20.0.2"));
        assertThat(elsewhere.getName()).as("another address, any spelling: the one account").isEqualTo("seclock");
    }

    @Test
    void anUnknownNameAndAKnownOneGetTheSameAnswersWrongOrLocked() {
        accounts.ensure("co-that", AppRoles.STAFF);
        String desk = "10.20.0.3";
        Throwable known = catchThrowable(() -> login.authenticate(attempt("co-that", "sai-mat-khau", desk)));
        Throwable unknown = catchThrowable(() -> login.authenticate(attempt("khong-co-ai", "sai-mat-khau", desk)));
        assertThat(unknown).isExactlyInstanceOf(known.getClass()).hasMessage(known.getMessage());

        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            catchThrowable(() -> login.authenticate(attempt("co-that", "sai-mat-khau", desk)));
            catchThrowable(() -> login.authenticate(attempt("khong-co-ai", "sai-mat-khau", desk)));
        }
        Throwable knownLocked = catchThrowable(() -> login.authenticate(attempt("co-that", "sai-mat-khau", desk)));
        Throwable unknownLocked = catchThrowable(() -> login.authenticate(attempt("khong-co-ai", "sai-mat-khau", desk)));
        assertThat(knownLocked).isInstanceOf(LockedException.class);
        assertThat(unknownLocked).isExactlyInstanceOf(knownLocked.getClass()).hasMessage(knownLocked.getMessage());
    }

    @Test
    void anUnknownNameCostsAPasswordHashLikeAKnownOne() {
        accounts.ensure("bam-mat-khau", AppRoles.STAFF);
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        var check = new ThrottledLogin(userDetails, counting, throttle);
        catchThrowable(() -> check.authenticate(attempt("bam-mat-khau", "sai-mat-khau", "10.20.0.4")));
        assertThat(hashes).hasValue(1);
        catchThrowable(() -> check.authenticate(attempt("khong-ai-ten-vay", "sai-mat-khau", "10.20.0.4")));
        assertThat(hashes).hasValue(2);
    }

    @Test
    void aDisabledAccountSaysSoOnlyToWhoKnowsItsPassword() {
        runAs.role("quantri", AppRoles.ADMIN, () -> accountService.create(
                new AccountDraft("khoa-tam", "Khóa Tạm", AppRoles.GATE, null, false, "mat-khau-khoa-tam")));
        Throwable wrong = catchThrowable(() -> login.authenticate(attempt("khoa-tam", "sai-mat-khau", "10.20.0.5")));
        Throwable unknown = catchThrowable(() -> login.authenticate(attempt("khong-co-nguoi", "sai-mat-khau", "10.20.0.5")));
        assertThat(wrong).isExactlyInstanceOf(unknown.getClass()).hasMessage(unknown.getMessage());
        assertThatThrownBy(() -> login.authenticate(attempt("khoa-tam", "mat-khau-khoa-tam", "10.20.0.5")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    @WithMockUser(username = "quantri", roles = AppRoles.ADMIN)
    void anAccountIsCreatedUnderItsCanonicalNameSoNoTwoDifferByAccentsOrCase() {
        long id = accountService.create(new AccountDraft("Đặng.Hòa", "Đặng Hòa", AppRoles.GATE, null, true, "mat-khau-cong-3"));
        assertThat(accountService.list()).filteredOn(a -> a.id() == id).extracting(Account::username)
                .containsExactly("dang.hoa");
        assertThatThrownBy(() -> accountService.create(new AccountDraft("dang.hòa", "Người khác", AppRoles.GATE, null, true,
                "mat-khau-cong-4"))).isInstanceOf(ValidationException.class);
    }

    private static Authentication attempt(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
