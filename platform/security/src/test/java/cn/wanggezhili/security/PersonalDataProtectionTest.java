package cn.wanggezhili.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataProtectionTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void an_id_number_is_stored_unreadable_and_read_back_only_with_the_key() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        byte[] stored = cipher.encrypt("141081199001011234");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("141081199001011234");
        assertThat(cipher.encrypt("141081199001011234")).as("fresh IV each time").isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored)).isEqualTo("141081199001011234");
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_blind_index_finds_equal_values_without_revealing_them() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        assertThat(cipher.blindIndex("141081199001011234")).isEqualTo(cipher.blindIndex("141081199001011234"))
                .isNotEqualTo(cipher.blindIndex("141081199001011235"))
                .doesNotContain("141081");
        assertThat(new PersonalDataCipher(OTHER_KEY).blindIndex("141081199001011234"))
                .isNotEqualTo(cipher.blindIndex("141081199001011234"));
    }

    @Test
    void masks_keep_only_what_a_notice_board_shows() {
        assertThat(Masking.idNumber("141081199001011234")).isEqualTo("1410**********1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void the_grid_scope_claim_may_be_one_code_or_many_and_ignores_junk() {
        assertThat(CurrentCaller.scope("141081001000")).extracting(Object::toString).containsExactly("141081001000");
        assertThat(CurrentCaller.scope(java.util.List.of("141081001000", "junk", "141081100000")))
                .extracting(Object::toString).containsExactly("141081001000", "141081100000");
        assertThat(CurrentCaller.scope(null)).isEmpty();
    }
}
