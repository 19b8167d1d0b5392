package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1              | true
            0.0.0.0                | true
            255.255.255.255        | true
            256.1.1.1              | false
            1.2.3                  | false
            01.2.3.4               | false
            ::1                    | true
            ::                     | true
            fe80::1                | true
            2001:db8::8a2e:370:7334| true
            2001:db8:0:0:0:0:2:1   | true
            ::ffff:192.168.1.1     | true
            1:2:3:4:5:6:7:8:9      | false
            1::2::3                | false
            12345::1               | false
            g::1                   | false
            localhost              | false
            ''                     | false
            """)
    void acceptsLiteralAddressesOnly(String text, boolean valid) {
        assertThat(IpAddresses.isValid(text)).isEqualTo(valid);
    }
}
