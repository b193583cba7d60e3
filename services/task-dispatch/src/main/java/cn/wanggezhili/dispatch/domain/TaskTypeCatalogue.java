package cn.wanggezhili.dispatch.domain;

/** The task types in use, built in or added by the county, as the service knows them when a type is added. */
@FunctionalInterface
public interface TaskTypeCatalogue {

    boolean has(String code);
}
