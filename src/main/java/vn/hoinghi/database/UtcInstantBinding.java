package vn.hoinghi.database;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.ContextConverter;
import org.jooq.impl.DefaultBinding;

/**
 * Hands a {@code DATETIME} column's UTC wall time to the driver as a {@link LocalDateTime}, not as jOOQ's
 * {@code java.sql.Timestamp}, whose conversion depends on the JVM's default time zone (decision 015).
 */
public final class UtcInstantBinding extends DefaultBinding<LocalDateTime, Instant> {

    public UtcInstantBinding() {
        super(ContextConverter.scoped(new UtcInstantConverter()));
    }

    @Override
    public void set(BindingSetStatementContext<Instant> ctx) throws SQLException {
        LocalDateTime utc = converter().to(ctx.value());
        if (utc == null) {
            ctx.statement().setNull(ctx.index(), Types.TIMESTAMP);
        } else {
            ctx.statement().setObject(ctx.index(), utc);
        }
    }

    @Override
    public void get(BindingGetResultSetContext<Instant> ctx) throws SQLException {
        ctx.value(converter().from(ctx.resultSet().getObject(ctx.index(), LocalDateTime.class)));
    }
}
