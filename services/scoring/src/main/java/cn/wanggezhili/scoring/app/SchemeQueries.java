package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** Reads of the point schemes: every version stays readable, readers get the latest by default. */
@ApplicationScoped
public class SchemeQueries {

    @Inject
    Database database;

    @Inject
    PublishedSchemes schemes;

    public Scheme latest(String code) {
        return schemes.latest(code).orElseThrow(() -> new NotFound("scheme", code));
    }

    public Scheme version(String code, int version) {
        return schemes.version(code, version).orElseThrow(() -> new NotFound("scheme", code + " v" + version));
    }

    /** The latest version of every scheme. */
    public List<Scheme> all() {
        return database.run(c -> Sql.list(c, """
                select distinct on (code) body::text from scheme_view order by code, version desc
                """, rs -> PublishedSchemes.read(rs.getString(1))));
    }
}
