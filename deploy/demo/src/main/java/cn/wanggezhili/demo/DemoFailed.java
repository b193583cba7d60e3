package cn.wanggezhili.demo;

/** A demo story could not go on: a service refused a step, or did not learn what the story waits for in time. */
public class DemoFailed extends RuntimeException {

    public DemoFailed(String message) {
        super(message);
    }
}
