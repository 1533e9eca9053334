package vn.hoinghi.database;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import vn.hoinghi.base.StartRefusedException;
import vn.hoinghi.base.StaysVietnamese;

/**
 * The embedded server's passwords (its root and the app's own user), generated on the first start and kept in a file
 * of the data folder that only the app's OS user may read; every later start reuses them.
 */
@StaysVietnamese("the operator's start-up refusal, Vietnamese with English in brackets: printed before any page has a language")
record DatabasePasswords(String root, String app) {

    static final String FILE = "hoinghi-passwords.properties";
    private static final long MAX_FILE_SIZE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Every start sets the passwords from this file, so a new file is enough to mend a broken one. */
    private static final String DELETE_IT = "Xóa tệp này để HoiNghi tạo mật khẩu mới khi khởi động (delete it: HoiNghi"
            + " makes new passwords at the next start).";

    /** The passwords kept in {@code dataDir}, made and written there first if there are none. */
    static DatabasePasswords in(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.exists(file) ? read(file) : create(file);
        } catch (IOException e) {
            throw new StartRefusedException("Không đọc/ghi được tệp mật khẩu cơ sở dữ liệu " + file + " (the database"
                    + " passwords file cannot be read or written): " + e, "Cho người dùng chạy ứng dụng quyền đọc, ghi"
                    + " thư mục dữ liệu (give the app's user access to the data folder).", e);
        }
    }

    private static DatabasePasswords read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_SIZE) {
            throw new StartRefusedException("Tệp mật khẩu cơ sở dữ liệu " + file + " quá lớn: không phải tệp HoiNghi"
                    + " tạo ra (not the passwords file HoiNghi wrote).", DELETE_IT);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String root = p.getProperty("root", "");
        String app = p.getProperty("app", "");
        if (!isGenerated(root) || !isGenerated(app)) {
            throw new StartRefusedException("Tệp mật khẩu cơ sở dữ liệu " + file + " thiếu dòng root= hoặc app= hợp lệ"
                    + " (the passwords file lacks a valid root= or app= line).", DELETE_IT);
        }
        return new DatabasePasswords(root, app);
    }

    private static DatabasePasswords create(Path file) throws IOException {
        DatabasePasswords made = new DatabasePasswords(generate(), generate());
        EmbeddedMariaDb.writePrivately(file, "# Passwords of HoiNghi's embedded MariaDB (user root, and user "
                + EmbeddedMariaDb.APP_USER + " for the app). Keep this file private.\n"
                + "root=" + made.root + "\napp=" + made.app + "\n");
        return made;
    }

    /** URL-safe base64 of 24 random bytes: nothing to quote in SQL or a properties file. */
    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isGenerated(String password) {
        return password.matches("[A-Za-z0-9_-]{16,100}");
    }
}
