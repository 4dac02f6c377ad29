package recall.http;

import recall.store.AssignmentStore;
import recall.store.ClassStore;

import java.time.Clock;

/**
 * What the classes and homework calls need.
 *
 * @param clock the time homework deadlines are judged by (tests move it forward)
 */
public record ClassServices(ClassStore classes, AssignmentStore assignments, Clock clock) {
}
