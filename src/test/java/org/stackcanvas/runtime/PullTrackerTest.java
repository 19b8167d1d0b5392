package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PullTrackerTest {

    @Test
    void theFractionIsUnknownUntilALayerSizeIsReported() {
        PullTracker tracker = new PullTracker("redis:7");
        assertThat(tracker.accept(null, "Pulling from library/redis", null, null).fraction()).isEqualTo(-1);
        PullProgress waiting = tracker.accept("a1", "Pulling fs layer", null, null);
        assertThat(waiting.fraction()).isEqualTo(-1);
        assertThat(waiting.status()).isEqualTo("Pulling fs layer");
        assertThat(waiting.state()).isEqualTo(PullProgress.State.PULLING);
    }

    @Test
    void layersCountByTheirSizeDownloadThenExtract() {
        PullTracker tracker = new PullTracker("redis:7");
        tracker.accept("small", "Pulling fs layer", null, null);
        tracker.accept("big", "Pulling fs layer", null, null);
        tracker.accept("small", "Downloading", 100L, 100L);
        PullProgress half = tracker.accept("big", "Downloading", 450L, 900L);
        // small: downloaded (0.8 of its share), big: half downloaded (0.4): (100*0.8 + 900*0.4) / 1000
        assertThat(half.fraction()).isCloseTo(0.44, within(1e-9));
        tracker.accept("big", "Download complete", null, null);
        PullProgress extracting = tracker.accept("big", "Extracting", 450L, 900L);
        assertThat(extracting.fraction()).isCloseTo((100 * 0.8 + 900 * 0.9) / 1000, within(1e-9));
        tracker.accept("small", "Pull complete", null, null);
        PullProgress done = tracker.accept("big", "Pull complete", null, null);
        assertThat(done.fraction()).isEqualTo(1.0);
    }

    @Test
    void aLayerWithoutAReportedSizeWeighsLikeAnAverageOne() {
        PullTracker tracker = new PullTracker("redis:7");
        tracker.accept("a", "Downloading", 50L, 100L);
        PullProgress progress = tracker.accept("b", "Waiting", null, null);
        assertThat(progress.fraction()).isCloseTo((0.4 + 0) / 2, within(1e-9));
    }

    @Test
    void layersAlreadyThereAreDone() {
        PullTracker tracker = new PullTracker("redis:7");
        tracker.accept("a", "Already exists", null, null);
        assertThat(tracker.accept("b", "Already exists", null, null).fraction()).isEqualTo(1.0);
        assertThat(tracker.accept(null, "Status: Image is up to date for redis:7", null, null).status())
                .isEqualTo("Status: Image is up to date for redis:7");
    }
}
