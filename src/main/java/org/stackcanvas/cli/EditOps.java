package org.stackcanvas.cli;

import java.util.List;
import java.util.Map;
import org.stackcanvas.edit.AddServiceCommand;
import org.stackcanvas.edit.AttachNetworkCommand;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.DetachNetworkCommand;
import org.stackcanvas.edit.MountVolumeCommand;
import org.stackcanvas.edit.PortCommand;
import org.stackcanvas.edit.RemoveServiceCommand;
import org.stackcanvas.edit.RenameServiceCommand;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.edit.SetDependencyCommand;
import org.stackcanvas.edit.SetEnvironmentCommand;
import org.stackcanvas.edit.UnmountVolumeCommand;

/**
 * Turns the words of an {@code --op} into the same edit commands the editor uses. Public so that
 * tests can drive the commands with the exact words a user types.
 */
public final class EditOps {

    /** op name → its argument names, for checking and for help. */
    static final Map<String, List<String>> OPS = new java.util.LinkedHashMap<>();

    static {
        OPS.put("set-image", List.of("SERVICE", "IMAGE"));
        OPS.put("set", List.of("SERVICE", "ATTRIBUTE", "VALUE"));
        OPS.put("unset", List.of("SERVICE", "ATTRIBUTE"));
        OPS.put("set-env", List.of("SERVICE", "KEY", "VALUE"));
        OPS.put("unset-env", List.of("SERVICE", "KEY"));
        OPS.put("add-service", List.of("NAME", "IMAGE"));
        OPS.put("remove-service", List.of("SERVICE"));
        OPS.put("rename-service", List.of("OLD", "NEW"));
        OPS.put("attach-network", List.of("SERVICE", "NETWORK"));
        OPS.put("detach-network", List.of("SERVICE", "NETWORK"));
        OPS.put("mount-volume", List.of("SERVICE", "SOURCE", "TARGET"));
        OPS.put("unmount-volume", List.of("SERVICE", "TARGET"));
        OPS.put("add-port", List.of("SERVICE", "PUBLISHED:TARGET"));
        OPS.put("remove-port", List.of("SERVICE", "PUBLISHED:TARGET"));
        OPS.put("depends-on", List.of("SERVICE", "DEPENDENCY", "CONDITION"));
    }

    private EditOps() {
    }

    public static Command parse(String file, String text) throws UsageException {
        List<String> words = ArgReader.words(text);
        if (words.isEmpty()) {
            throw new UsageException("edit: an empty --op");
        }
        String op = words.get(0);
        List<String> expected = OPS.get(op);
        if (expected == null) {
            throw new UsageException("edit: unknown op '" + op + "'; known ops: " + String.join(", ", OPS.keySet()));
        }
        List<String> a = words.subList(1, words.size());
        boolean readOnlyMount = op.equals("mount-volume") && a.size() == 4 && a.get(3).equals("ro");
        if (a.size() != expected.size() && !readOnlyMount) {
            throw new UsageException("edit: '" + op + "' takes " + String.join(" ", expected)
                    + (op.equals("mount-volume") ? " [ro]" : "") + ", got: " + text);
        }
        return switch (op) {
            case "set-image" -> new SetAttributeCommand(file, a.get(0), "image", a.get(1));
            case "set" -> new SetAttributeCommand(file, a.get(0), a.get(1), a.get(2));
            case "unset" -> new SetAttributeCommand(file, a.get(0), a.get(1), null);
            case "set-env" -> new SetEnvironmentCommand(file, a.get(0), a.get(1), a.get(2));
            case "unset-env" -> SetEnvironmentCommand.unset(file, a.get(0), a.get(1));
            case "add-service" -> new AddServiceCommand(file, a.get(0), a.get(1));
            case "remove-service" -> new RemoveServiceCommand(file, a.get(0));
            case "rename-service" -> new RenameServiceCommand(file, a.get(0), a.get(1));
            case "attach-network" -> new AttachNetworkCommand(file, a.get(0), a.get(1));
            case "detach-network" -> new DetachNetworkCommand(file, a.get(0), a.get(1));
            case "mount-volume" -> new MountVolumeCommand(file, a.get(0), a.get(1), a.get(2), readOnlyMount);
            case "unmount-volume" -> new UnmountVolumeCommand(file, a.get(0), a.get(1));
            case "add-port" -> PortCommand.add(file, a.get(0), a.get(1));
            case "remove-port" -> PortCommand.remove(file, a.get(0), a.get(1));
            case "depends-on" -> new SetDependencyCommand(file, a.get(0), a.get(1), a.get(2));
            default -> throw new UsageException("edit: unknown op '" + op + "'");
        };
    }

    static String usage() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : OPS.entrySet()) {
            out.append("  ").append(e.getKey()).append(' ').append(String.join(" ", e.getValue()))
                    .append(e.getKey().equals("mount-volume") ? " [ro]" : "").append('\n');
        }
        return out.toString();
    }
}
