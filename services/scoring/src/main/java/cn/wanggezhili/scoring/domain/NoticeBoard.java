package cn.wanggezhili.scoring.domain;

/** The notices published so far, as scoring knows them when a period's results go up for objections. */
@FunctionalInterface
public interface NoticeBoard {

    /** Whether the results of {@code period} for the unit {@code code} are on notice already. */
    boolean isPublished(String code, String period);
}
