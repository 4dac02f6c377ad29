package recall.room;

import java.util.function.LongConsumer;

/**
 * What makes a room homework: the deadline, whether questions are timed, and who hears that it
 * closed (the assignment's record).
 *
 * @param dueAt epoch milliseconds after which nothing more is accepted
 * @param timer false: no time limit (and the assignment scores accuracy)
 * @param closed told the time it closed, by the deadline or by the teacher
 */
public record HomeworkPlan(String assignmentId, long dueAt, boolean timer, LongConsumer closed) {
}
