package vn.hoinghi.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import vn.hoinghi.IntegrationTest;

/** Without HOINGHI_REDIS_URL the app is one server as before: no Redis client at all, live changes stay in process. */
@IntegrationTest
class LoneInstanceTest {

    @Autowired ApplicationContext context;

    @Test
    void withoutARedisUrlNoRedisClientIsMade() {
        assertThat(context.getBeansOfType(RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeansOfType(RedisTemplate.class)).isEmpty();
        assertThat(context.getBeansOfType(LiveRelay.class)).isEmpty();
        assertThat(context.containsBean("memoryLoginThrottle")).as("the login throttle counts in memory").isTrue();
        assertThat(context.containsBean("redisLoginThrottle")).isFalse();
    }
}
