package cn.wanggezhili.scoring.domain;

/** A subject's approved points over a period, with what a credit or a rank needs to name it. */
public record SubjectTotal(SubjectType subjectType, String subjectId, String subjectName, String code, int points) {

    @Override
    public String toString() {
        return "SubjectTotal[" + subjectType + " " + subjectId + " " + points + "]";
    }
}
