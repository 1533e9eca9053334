package vn.hoinghi.live;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this instance is one of several sharing a Redis server ({@code hoinghi.redis.url}, from
 * {@code HOINGHI_REDIS_URL}): the beans that carry state between instances use it; without it they stay in process.
 */
public final class RedisConfigured implements Condition {

    public static final String PROPERTY = "hoinghi.redis.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(PROPERTY);
        return url != null && !url.isBlank();
    }

    /** The opposite, for the in-process default. */
    public static final class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new RedisConfigured().matches(context, metadata);
        }
    }
}
