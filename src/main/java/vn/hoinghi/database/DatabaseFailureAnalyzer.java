package vn.hoinghi.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A database the app cannot reach, or that refuses its user or password, said in two lines with the address and
 * the user tried, instead of a page of nested stack traces. Other SQL failures keep Spring Boot's report.
 */
@StaysVietnamese("the operator's start-up refusal, Vietnamese with English in brackets: printed before any page has a language")
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String url = environment.getProperty("spring.datasource.url", "(cơ sở dữ liệu nhúng / embedded database)");
        String user = environment.getProperty("spring.datasource.username", "");
        if (cause.getErrorCode() == ACCESS_DENIED || state.startsWith("28")) {
            return new FailureAnalysis("Cơ sở dữ liệu " + url + " từ chối người dùng '" + user + "' hoặc mật khẩu của"
                    + " nó (the database refused the user or its password).",
                    "Kiểm tra SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD và quyền của người dùng này"
                            + " trên cơ sở dữ liệu (check the user, its password and its grants).", cause);
        }
        if (cause.getErrorCode() == UNKNOWN_DATABASE) {
            return new FailureAnalysis("Cơ sở dữ liệu trong " + url + " chưa được tạo (the database does not exist).",
                    "Tạo cơ sở dữ liệu (CREATE DATABASE … CHARACTER SET utf8mb4) hoặc sửa SPRING_DATASOURCE_URL"
                            + " (create the database or correct the address).", cause);
        }
        if (state.startsWith("08")) {
            return new FailureAnalysis("Không kết nối được cơ sở dữ liệu tại " + url + " (the database cannot be"
                    + " reached): " + cause.getMessage().lines().findFirst().orElse(""),
                    "Kiểm tra máy chủ MySQL đã chạy, và địa chỉ, cổng trong SPRING_DATASOURCE_URL (check that"
                            + " the server runs and the address and port are right).", cause);
        }
        return null;
    }
}
