package cn.wanggezhili.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.OptionalInt;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.CodeBook;

/** The code book over the issued_code table, read on the command's own connection. */
@ApplicationScoped
public class IssuedCodes implements CodeBook {

    @Inject
    Registry registry;

    @Override
    public boolean isIssued(GridCode code) {
        return registry.onConnection(c -> Sql.count(c, "select count(*) from issued_code where code = ?", code.value()) > 0);
    }

    @Override
    public OptionalInt highestSegment(GridCode parent, int first, int last) {
        String low = parent.child(first).value();
        String high = parent.child(last).value();
        // children of one parent share a shape: the parent's prefix, 3 digits, then the same padding
        String prefix = parent.subtreePrefix();
        String pattern = prefix.replace("_", "\\_") + "___" + low.substring(prefix.length() + 3);
        return registry.onConnection(c -> Sql.one(c, "select max(code) from issued_code where code like ? and code between ? and ?",
                            rs -> rs.getString(1), pattern, low, high)
                    .map(code -> OptionalInt.of(new GridCode(code).segment()))
                    .orElse(OptionalInt.empty()));
    }
}
