package cn.wanggezhili.points.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.points.api.Dtos.ExchangeLine;
import cn.wanggezhili.points.api.Dtos.ExchangeStatement;
import cn.wanggezhili.points.app.StoreStatements;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.LocalPeriod;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/stores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stores", description = "Statements of a store's exchanges per period")
@SecurityRequirement(name = "oidc")
public class StoreResource {

    @Inject
    CurrentCaller caller;

    @Inject
    StoreStatements statements;

    @GET
    @Path("{code}/exchanges")
    @Operation(summary = "Fulfilled exchanges of the store between two dates (Asia/Shanghai, inclusive): totals and per item",
            description = "Callers with the role store-clerk, grid-chief, township-admin, county-admin or integrator whose grid scope "
                    + "covers the store on unit `code` read the redemptions fulfilled there from `from` to `to` (dates, both "
                    + "required, inclusive, at most five years apart): how many, how many units and points, how many accounts, and "
                    + "the same per item, most points first. Reads only; 400 for a missing or bad date or `to` before `from`, 403 "
                    + "for other roles or outside the caller's scope.")
    public ExchangeStatement getExchangeStatement(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (end.isBefore(start) || end.isAfter(start.plusYears(5))) {
            throw ProblemException.badField("to", "on or after from, at most five years later");
        }
        var s = statements.exchanges(GridCodes.parse(code, "code"), new LocalPeriod(start, end), caller.get());
        return new ExchangeStatement(s.storeCode(), s.from().toString(), s.to().toString(), s.redemptions(), s.items(),
                s.points(), s.accounts(), s.byItem().stream()
                .map(l -> new ExchangeLine(l.itemId(), l.itemName(), l.redemptions(), l.items(), l.points())).toList());
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            throw ProblemException.badField(field, "required, a date such as 2026-07-01");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "a date such as 2026-07-01");
        }
    }
}
