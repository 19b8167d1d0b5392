package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stackcanvas.document.SourceLocation;

class PortSyntaxTest {

    private static final SourceLocation AT = SourceLocation.of("compose.yaml", 3, 9);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # spec                     | host ip      | published           | target    | protocol
            80                         | -            | -                   | 80        | tcp
            8080:80                    | -            | 8080                | 80        | tcp
            127.0.0.1:8080:80/udp      | 127.0.0.1    | 8080                | 80        | udp
            [::1]:80:80                | ::1          | 80                  | 80        | tcp
            ::1:80:80                  | ::1          | 80                  | 80        | tcp
            [fe80::1]:8443:443         | fe80::1      | 8443                | 443       | tcp
            9090-9091:8080-8081        | -            | 9090-9091           | 8080-8081 | tcp
            8000-8005:80               | -            | 8000-8005           | 80        | tcp
            3000-3005                  | -            | -                   | 3000-3005 | tcp
            127.0.0.1::80              | 127.0.0.1    | -                   | 80        | tcp
            :80                        | -            | -                   | 80        | tcp
            53:53/UDP                  | -            | 53                  | 53        | udp
            6060:6060/sctp             | -            | 6060                | 6060      | sctp
            80/                        | -            | -                   | 80        | tcp
            0:80                       | -            | 0                   | 80        | tcp
            ${WEB_PORT:-8080}:80       | -            | ${WEB_PORT:-8080}   | 80        | tcp
            ${BIND:-0.0.0.0}:${P}:80   | ${BIND:-0.0.0.0} | ${P}            | 80        | tcp
            """)
    void readsEveryShortForm(String spec, String hostIp, String published, String target, String protocol) {
        Parsed<PortMapping> parsed = PortSyntax.parse(spec, AT);

        assertThat(parsed.error()).isEmpty();
        PortMapping port = parsed.get();
        assertThat(port.hostIp()).isEqualTo(Optional.ofNullable(hostIp));
        assertThat(port.published()).isEqualTo(Optional.ofNullable(published));
        assertThat(port.target()).isEqualTo(target);
        assertThat(port.protocol()).isEqualTo(protocol);
        assertThat(port.mode()).isEqualTo("ingress");
        assertThat(port.shortSyntax()).contains(spec);
        assertThat(port.location()).isEqualTo(AT);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                         | no container port
            abc                        | 'abc' is not a port number
            abc:80                     | published port: 'abc' is not a port number
            80:abc                     | container port: 'abc' is not a port number
            70000                      | above the highest port
            8080-8081:80-82            | differ in size
            9091-9090:80               | ends before it starts
            80/xyz                     | 'xyz' is not a protocol
            300.1.1.1:80:80            | '300.1.1.1' is not an IP address
            1:2:80                     | '1' is not an IP address
            [::1:80:80                 | lacks its closing ]
            /udp                       | no container port
            80:                        | no container port
            """)
    void reportsWhatIsWrong(String spec, String message) {
        Parsed<PortMapping> parsed = PortSyntax.parse(spec, AT);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errorMessage()).startsWith("invalid port '" + spec + "'").contains(message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            80          | 80   | 80
            8000-8005   | 8000 | 8005
            0           | 0    | 0
            65535       | 65535| 65535
            """)
    void rangesGiveTheirBounds(String text, int start, int end) {
        assertThat(PortRange.parse(text).get()).isEqualTo(new PortRange(start, end));
    }
}
