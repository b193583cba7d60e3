package cn.wanggezhili.readpolicy.suite;

import java.util.Arrays;

/** Event type names as every service writes them: {@code <service>.<Event>.v1}. */
final class SuiteTypes {

    private SuiteTypes() {
    }

    static String[] of(String prefix, String... names) {
        return Arrays.stream(names).map(name -> prefix + name + ".v1").toArray(String[]::new);
    }
}
