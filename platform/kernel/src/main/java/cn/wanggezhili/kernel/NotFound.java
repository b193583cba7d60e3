package cn.wanggezhili.kernel;

/**
 * Nothing of that kind has that id, as the caller may know it: platform/web answers 404. Also what an id of another
 * kind of object gives, so that a guessed id tells nothing about what exists.
 */
public class NotFound extends RuntimeException {

    private final String what;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found", null, false, false);
        this.what = what;
    }

    /** The kind of object asked for, e.g. {@code grid unit}. */
    public String what() {
        return what;
    }
}
