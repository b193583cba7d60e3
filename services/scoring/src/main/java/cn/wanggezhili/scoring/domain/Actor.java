package cn.wanggezhili.scoring.domain;

/**
 * A person acting in scoring (scorer, reviewer, objector): the login name decides who is who (a scorer may not
 * review their own entries), the display name travels along. {@link #toString} shows the login only.
 */
public record Actor(String username, String name) {

    public static final Actor SYSTEM = new Actor("system", "系统");

    public boolean isSamePersonAs(String otherUsername) {
        return username != null && username.equals(otherUsername);
    }

    @Override
    public String toString() {
        return "Actor[" + username + "]";
    }
}
