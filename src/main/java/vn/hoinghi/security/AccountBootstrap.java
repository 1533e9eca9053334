package vn.hoinghi.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.StartRefusedException;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.security.repository.AccountRepository;

/**
 * The first accounts. Outside the dev profile there is no default password: the first admin comes
 * from HOINGHI_ADMIN_USERNAME / HOINGHI_ADMIN_PASSWORD. The dev profile seeds one demo account per role.
 */
@StaysVietnamese("the development accounts' names, and the operator's start-up refusals in Vietnamese with English in brackets")
@Component
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "hoinghi-demo";
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"admin", "Quản trị Ban Tổ chức", AppRoles.ADMIN},
            new String[] {"staff", "Cán bộ Ban Tổ chức", AppRoles.STAFF},
            new String[] {"gate", "Tổ đón tiếp cổng 1", AppRoles.GATE},
            new String[] {"mc", "Người dẫn chương trình", AppRoles.MC},
            new String[] {"unit", "Đại diện đơn vị", AppRoles.UNIT},
            new String[] {"point", "Điều phối điểm cầu", AppRoles.POINT},
            new String[] {"screen", "Màn hình hội trường", AppRoles.SCREEN});

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final String adminUsername;
    private final String adminPassword;
    /** Off only where tests make their own accounts. */
    private final boolean adminRequired;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, Environment environment,
                     @Value("${hoinghi.admin.username:}") String adminUsername,
                     @Value("${hoinghi.admin.password:}") String adminPassword,
                     @Value("${hoinghi.admin.required:true}") boolean adminRequired) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.adminRequired = adminRequired;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        if (!adminUsername.isBlank()) {
            String username = UserNames.canonical(adminUsername);
            if (!UserNames.isValid(username)) {
                throw new StartRefusedException("HOINGHI_ADMIN_USERNAME '" + adminUsername + "' không dùng được"
                        + " (the first admin's user name is not valid).", "Đặt tên gồm 3–100 ký tự: chữ không dấu, số,"
                        + " dấu chấm, gạch (3–100 letters without accents, digits, dots, dashes).");
            }
            if (adminPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
                throw new StartRefusedException("HOINGHI_ADMIN_PASSWORD cần ít nhất "
                        + AccountService.MIN_PASSWORD_LENGTH + " ký tự (the first admin's password is too short).",
                        "Đặt HOINGHI_ADMIN_PASSWORD dài hơn rồi khởi động lại (set a longer one and start again).");
            }
            accounts.insert(username, "Quản trị hệ thống", passwordEncoder.encode(adminPassword),
                    AppRoles.ADMIN, null, true);
            log.info("Created the first admin account '{}' from the environment.", username);
        } else if (environment.acceptsProfiles(Profiles.of("dev"))) {
            String hash = passwordEncoder.encode(DEMO_PASSWORD);
            for (String[] demo : DEMO_ACCOUNTS) {
                accounts.insert(demo[0], demo[1], hash, demo[2], null, true);
            }
            log.info("Dev profile: seeded demo accounts {} with password '{}'.",
                    DEMO_ACCOUNTS.stream().map(a -> a[0]).toList(), DEMO_PASSWORD);
        } else if (adminRequired) {
            throw new StartRefusedException("Chưa có tài khoản nào, và HOINGHI_ADMIN_USERNAME, HOINGHI_ADMIN_PASSWORD"
                    + " chưa được đặt: không ai đăng nhập được (no account yet and no first admin set).",
                    "Đặt hai biến này (mật khẩu ít nhất " + AccountService.MIN_PASSWORD_LENGTH + " ký tự) rồi khởi"
                            + " động lại (set both and start again).");
        }
    }
}
