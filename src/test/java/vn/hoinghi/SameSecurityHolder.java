package vn.hoinghi;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, the JVM-wide security holder takes the strategy of this test's application context. Each context
 * with Vaadin brings its own strategy and the last one started wins the JVM-wide holder, so a test reusing a cached
 * context would set its user (@WithMockUser) where the code reading the holder (CurrentUser, the services' rules)
 * does not look. Registered for every test in META-INF/spring.factories; runs before Spring Security's listener.
 */
public class SameSecurityHolder extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000; // WithSecurityContextTestExecutionListener: 10,000
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
