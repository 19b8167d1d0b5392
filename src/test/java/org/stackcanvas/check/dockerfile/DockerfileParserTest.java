package org.stackcanvas.check.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

    @Test
    void joinsContinuationLinesAndKeepsStartLines() {
        Dockerfile d = new DockerfileParser().parse("Dockerfile", "# syntax=docker/dockerfile:1\n\nFROM debian:12 AS base\n"
                + "RUN apt-get update \\\n    # comment inside\n    && apt-get install -y curl\nCMD [\"curl\"]\n");
        assertEquals(List.of("FROM", "RUN", "CMD"), d.instructions().stream().map(Instruction::keyword).toList());
        Instruction run = d.instructions().get(1);
        assertEquals(4, run.line());
        assertEquals(6, run.endLine());
        assertEquals("apt-get update  && apt-get install -y curl", run.arguments());
        assertTrue(d.instructions().get(2).isExecForm());
        assertEquals(7, d.instructions().get(2).line());
    }

    @Test
    void honoursTheEscapeDirectiveAndHeredocs() {
        Dockerfile d = new DockerfileParser().parse("Dockerfile", "# escape=`\nFROM mcr.microsoft.com/windows:ltsc2022\n"
                + "RUN echo a `\n  b\nRUN <<EOF\necho one\necho two\nEOF\nuser app\n");
        assertEquals(List.of("FROM", "RUN", "RUN", "USER"), d.instructions().stream().map(Instruction::keyword).toList());
        assertEquals("echo a  b", d.instructions().get(1).arguments());
        assertEquals(9, d.instructions().get(3).line());
        assertEquals(1, d.stages().size());
    }
}
