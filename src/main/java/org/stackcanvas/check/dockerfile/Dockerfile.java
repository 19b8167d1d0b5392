package org.stackcanvas.check.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A parsed Dockerfile: its name for messages and its instructions in order. */
public record Dockerfile(String name, List<Instruction> instructions) {

    public Dockerfile {
        Objects.requireNonNull(name, "name");
        instructions = List.copyOf(instructions);
    }

    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    /** The build stages: each list starts with its FROM. Instructions before the first FROM are left out. */
    public List<List<Instruction>> stages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).add(i);
            }
        }
        return stages.stream().map(List::copyOf).toList();
    }

    /** The last stage: what the image is made of. */
    public List<Instruction> finalStage() {
        List<List<Instruction>> stages = stages();
        return stages.isEmpty() ? List.of() : stages.get(stages.size() - 1);
    }
}
