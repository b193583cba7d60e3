package cn.wanggezhili.registry.app;

import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.registry.domain.UnitId;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.sql.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.CodeBook;

/** The code book over the issued_code table, read on the command's own connection. */
@ApplicationScoped
public class IssuedCodes implements CodeBook {

    @Inject
    Database database;

    /** The unit a code names, now or before a move; none when no unit ever had it. */
    public Optional<UnitId> unitIdOf(GridCode code) {
        return database.run(c -> Sql.one(c, "select unit_id from issued_code where code = ?",
                rs -> new UnitId(rs.getObject(1, UUID.class)), code.value()));
    }

    /** As above, or 404. */
    public UnitId unitOf(GridCode code) {
        return unitIdOf(code).orElseThrow(() -> new NotFound("grid unit", code));
    }

    @Override
    public boolean isIssued(GridCode code) {
        return database.run(c -> Sql.count(c, "select count(*) from issued_code where code = ?", code.value()) > 0);
    }

    @Override
    public OptionalInt highestSegment(GridCode parent, int first, int last) {
        String low = parent.child(first).value();
        String high = parent.child(last).value();
        // children of one parent share a shape: the parent's prefix, 3 digits, then the same padding
        String prefix = parent.subtreePrefix();
        String pattern = prefix.replace("_", "\\_") + "___" + low.substring(prefix.length() + 3);
        return database.run(c -> Sql.one(c, "select max(code) from issued_code where code like ? and code between ? and ?",
                            rs -> rs.getString(1), pattern, low, high)
                    .map(code -> OptionalInt.of(new GridCode(code).segment()))
                    .orElse(OptionalInt.empty()));
    }
}
