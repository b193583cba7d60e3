package cn.wanggezhili.scoring.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A version of a point scheme published: the whole scheme travels, so any reader can score with it. */
public record SchemePublished(Scheme scheme, String code, Actor publishedBy, Instant at) {

    public static UUID streamId(String schemeCode) {
        return UUID.nameUUIDFromBytes(("scheme:" + schemeCode).getBytes(StandardCharsets.UTF_8));
    }
}
