package cn.wanggezhili.web;

/** Ends a request with a problem+json answer; thrown by resources and command handlers, mapped in one place. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(Problem.forField(ProblemType.INVALID_INPUT, field, message));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public Problem problem() {
        return problem;
    }
}
