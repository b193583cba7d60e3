package cn.wanggezhili.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void resident_id_numbers_are_checked_with_the_gb_11643_check_character() {
        assertThat(IdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumber.isValid("110105194912310021")).as("wrong check character").isFalse();
        assertThat(IdNumber.isValid("11010519491231002")).as("17 characters").isFalse();
        assertThat(IdNumber.isValid("1101051949123100AX")).as("a letter among the digits").isFalse();
    }

    @Test
    void organisations_credit_codes_are_checked_with_the_gb_32100_check_character() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).as("wrong check character").isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).as("17 characters").isFalse();
        assertThat(CreditCode.isValid("91350100I000100Y43")).as("I is not in the code's alphabet").isFalse();
    }
}
