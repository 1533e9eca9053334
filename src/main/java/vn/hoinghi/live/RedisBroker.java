package vn.hoinghi.live;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Redis server the instances share, made only with {@code HOINGHI_REDIS_URL} (Boot's own Redis beans are
 * excluded, so a lone instance has no Redis client at all). Commands give up after {@link #TIMEOUT}: a Redis that is
 * down slows nothing down for long (decision 040 says what still works then).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfigured.class)
class RedisBroker {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final ChannelTopic CHANGES = new ChannelTopic("hoinghi:live");

    @Bean
    LettuceConnectionFactory redisConnectionFactory(@Value("${" + RedisConfigured.PROPERTY + "}") String url) {
        RedisURI uri = RedisURI.create(url.strip());
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(TIMEOUT);
        if (uri.isSsl()) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(uri), client.build());
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory redis) {
        return new StringRedisTemplate(redis);
    }

    @Bean
    RedisLiveRelay redisLiveRelay(StringRedisTemplate redis, LiveHub hub, ApplicationEventPublisher events) {
        return new RedisLiveRelay(redis, hub, events);
    }

    /** Listens on its own connection; when Redis goes away it subscribes again, every 5 s at most. */
    @Bean
    RedisMessageListenerContainer liveListener(LettuceConnectionFactory redis, RedisLiveRelay relay) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(5_000);
        container.setRecoveryBackoff(backOff);
        SimpleAsyncTaskExecutor delivery = new SimpleAsyncTaskExecutor("live-in-");
        delivery.setVirtualThreads(true); // a message's delivery only schedules refreshes: a virtual thread each
        container.setTaskExecutor(delivery);
        container.addMessageListener(relay, CHANGES);
        container.setAutoStartup(false); // RedisListening starts it once Redis answers
        return container;
    }

    @Bean
    RedisListening redisListening(RedisMessageListenerContainer liveListener, LettuceConnectionFactory redis) {
        return new RedisListening(liveListener, redis);
    }
}
