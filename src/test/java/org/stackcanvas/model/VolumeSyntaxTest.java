package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ServiceVolume.MountType;

class VolumeSyntaxTest {

    private static final SourceLocation AT = SourceLocation.of("compose.yaml", 5, 9);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # spec                                  | type   | source                  | target                    | ro
            /data                                   | VOLUME | -                       | /data                     | false
            db-data:/var/lib/mysql                  | VOLUME | db-data                 | /var/lib/mysql            | false
            db-data:/var/lib/mysql:ro               | VOLUME | db-data                 | /var/lib/mysql            | true
            ./html:/usr/share/nginx/html            | BIND   | ./html                  | /usr/share/nginx/html     | false
            .:/app                                  | BIND   | .                       | /app                      | false
            ../shared:/shared:rw                    | BIND   | ../shared               | /shared                   | false
            /var/run/docker.sock:/var/run/docker.sock:ro | BIND | /var/run/docker.sock | /var/run/docker.sock      | true
            ~/configs:/etc/configs/:ro              | BIND   | ~/configs               | /etc/configs/             | true
            C:\\data:/data                          | BIND   | C:\\data                | /data                     | false
            c:/data:/data                           | BIND   | c:/data                 | /data                     | false
            C:\\data:D:\\data                       | BIND   | C:\\data                | D:\\data                  | false
            \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine | BIND | \\\\.\\pipe\\docker_engine | \\\\.\\pipe\\docker_engine | false
            ${PLEX_MEDIA_PATH}:/media/              | VOLUME | ${PLEX_MEDIA_PATH}      | /media/                   | false
            ${DATA_DIR:-./data}:/data               | VOLUME | ${DATA_DIR:-./data}     | /data                     | false
            a                                       | VOLUME | -                       | a                         | false
            my_vol:/data:ro,nocopy                  | VOLUME | my_vol                  | /data                     | true
            """)
    void tellsNamedVolumesFromHostPaths(String spec, MountType type, String source, String target, boolean ro) {
        Parsed<ServiceVolume> parsed = VolumeSyntax.parse(spec, AT);

        assertThat(parsed.error()).isEmpty();
        ServiceVolume v = parsed.get();
        assertThat(v.type()).isEqualTo(type);
        assertThat(v.source()).isEqualTo(Optional.ofNullable(source));
        assertThat(v.target()).isEqualTo(target);
        assertThat(v.readOnly()).isEqualTo(ro);
        assertThat(v.location()).isEqualTo(AT);
        if (type == MountType.BIND) {
            assertThat(v.bind().orElseThrow().createHostPath()).contains(true);
        } else {
            assertThat(v.volume()).isPresent();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # spec                    | selinux | propagation | nocopy
            ./src:/src:z              | z       | -           | false
            ./src:/src:ro,Z           | Z       | -           | false
            ./src:/src:rshared        | -       | rshared     | false
            ./src:/src:ro,z,rslave    | z       | rslave      | false
            vol:/data:nocopy          | -       | -           | true
            vol:/data:ro,unknown      | -       | -           | false
            """)
    void readsOptions(String spec, String selinux, String propagation, boolean nocopy) {
        ServiceVolume v = VolumeSyntax.parse(spec, AT).get();

        assertThat(v.bind().flatMap(ServiceVolume.BindOptions::selinux)).isEqualTo(Optional.ofNullable(selinux));
        assertThat(v.bind().flatMap(ServiceVolume.BindOptions::propagation)).isEqualTo(Optional.ofNullable(propagation));
        assertThat(v.volume().map(ServiceVolume.VolumeOptions::nocopy).orElse(false)).isEqualTo(nocopy);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''            | the volume is empty
            ab::c         | empty part between colons
            vol:/b:ro:x   | too many colons
            :/data        | empty part between colons
            """)
    void reportsWhatIsWrong(String spec, String message) {
        Parsed<ServiceVolume> parsed = VolumeSyntax.parse(spec, AT);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.errorMessage()).contains(message);
    }

    @Test
    void aSingleLetterBeforeAColonIsADriveLetter() {
        ServiceVolume v = VolumeSyntax.parse("a::b", AT).get();

        assertThat(v.source()).contains("a:");
        assertThat(v.target()).isEqualTo("b");
    }

    @Test
    void hostPathRulesFollowCompose() {
        assertThat(VolumeSyntax.isHostPath("./x")).isTrue();
        assertThat(VolumeSyntax.isHostPath("/x")).isTrue();
        assertThat(VolumeSyntax.isHostPath("~/x")).isTrue();
        assertThat(VolumeSyntax.isHostPath("D:\\x")).isTrue();
        assertThat(VolumeSyntax.isHostPath("\\\\server\\share")).isTrue();
        assertThat(VolumeSyntax.isHostPath("data")).isFalse();
        assertThat(VolumeSyntax.isHostPath("x")).isFalse();
        assertThat(VolumeSyntax.isHostPath("")).isFalse();
    }
}
