package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutStateTest {

    @Test
    void listenersHearOnlyRealChanges() {
        LayoutState state = new LayoutState(Map.of("service:web", new Position(10, 20)));
        List<Map<String, Position>> heard = new ArrayList<>();
        state.addListener(heard::add);
        state.apply(Map.of("service:web", new Position(10, 20)));
        assertThat(heard).isEmpty();
        state.apply(Map.of("service:web", new Position(30, 40), "network:front", new Position(1, 2)));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).containsOnlyKeys("service:web", "network:front");
        assertThat(state.position("service:web")).contains(new Position(30, 40));
    }

    @Test
    void aNullPositionForgetsTheNode() {
        LayoutState state = new LayoutState(Map.of("service:web", new Position(10, 20)));
        Map<String, Position> forget = new HashMap<>();
        forget.put("service:web", null);
        state.apply(forget);
        assertThat(state.position("service:web")).isEmpty();
        assertThat(state.isEmpty()).isTrue();
    }

    @Test
    void replaceAllDropsPositionsNotGiven() {
        LayoutState state = new LayoutState(Map.of("a", new Position(1, 1), "b", new Position(2, 2)));
        state.replaceAll(Map.of("b", new Position(3, 3)));
        assertThat(state.positions()).containsExactly(Map.entry("b", new Position(3, 3)));
    }
}
