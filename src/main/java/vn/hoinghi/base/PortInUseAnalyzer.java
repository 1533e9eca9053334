package vn.hoinghi.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Spring Boot's own analysis of a port in use, in Vietnamese first and with the setting to change. */
@StaysVietnamese("the operator's start-up refusal, Vietnamese with English in brackets: printed before any page has a language")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis("Cổng " + cause.getPort() + " đang được một chương trình khác dùng (port "
                + cause.getPort() + " is already in use).", "Dừng chương trình đó (ss -ltnp | grep :" + cause.getPort()
                + "), hoặc đặt SERVER_PORT sang cổng khác (stop it, or set SERVER_PORT to another port).", cause);
    }
}
