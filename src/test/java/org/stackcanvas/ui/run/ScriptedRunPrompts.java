package org.stackcanvas.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the Run actions' questions from a script and records what was asked. */
public final class ScriptedRunPrompts implements RunPrompts {

    public boolean saveAnswer = true;
    public DownChoice downAnswer = DownChoice.CONTAINERS;
    public SettingsForm settingsAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    public final List<String> failureOutputs = new ArrayList<>();

    @Override
    public boolean saveBeforeRun(String projectTitle, boolean untitled) {
        asked.add(untitled ? "save-untitled" : "save");
        return saveAnswer;
    }

    @Override
    public DownChoice down(String projectName) {
        asked.add("down " + projectName);
        return downAnswer;
    }

    @Override
    public void failure(String title, String message, String output) {
        failures.add(title + ": " + message);
        failureOutputs.add(output);
    }

    @Override
    public Optional<SettingsForm> editSettings(SettingsForm current, String defaultName) {
        asked.add("settings " + current + " default " + defaultName);
        return Optional.ofNullable(settingsAnswer);
    }
}
