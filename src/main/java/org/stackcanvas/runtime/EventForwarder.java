package org.stackcanvas.runtime;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import java.io.IOException;

/**
 * Passes the Engine's event stream on to a {@link StatusSource.EventSink}: each event's action, and
 * the stream's end when the Engine ended it (not when we closed it), so the watcher knows to
 * reconnect only when it has to.
 */
final class EventForwarder extends ResultCallback.Adapter<Event> implements StatusSource.Subscription {

    private final StatusSource.EventSink sink;
    private volatile boolean closedByUs;

    EventForwarder(StatusSource.EventSink sink) {
        this.sink = sink;
    }

    @Override
    public void onNext(Event event) {
        String action = event.getAction() != null ? event.getAction() : event.getStatus();
        if (action != null) {
            sink.event(action);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!closedByUs) {
            sink.ended(throwable);
        }
        super.onError(throwable);
    }

    @Override
    public void onComplete() {
        if (!closedByUs) {
            sink.ended(null);
        }
        super.onComplete();
    }

    @Override
    public void close() {
        closedByUs = true;
        try {
            super.close();
        } catch (IOException e) {
            // The stream is gone either way.
        }
    }
}
