package cn.wanggezhili.registry.domain;

/** One level of a county's grid scheme: 1 is the county itself; names in English (code) and Chinese (users). */
public record Level(int number, String name, String nameZh) {
}
