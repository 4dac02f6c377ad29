package recall.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import recall.app.Limits;
import io.vertx.core.json.JsonObject;
import recall.auth.Accounts;
import recall.auth.Staff;
import recall.quiz.Question;
import recall.quiz.Quiz;
import recall.room.JoinLimiter;
import recall.room.RoomRegistry;
import recall.room.RoomSocket;
import recall.store.NotesLibrary;
import recall.store.QuizStore;
import recall.store.SessionStore;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the HTTP side needs from the rest of the server, gathered once at start.
 *
 * @param notes the notes documents: shared ones and each teacher's
 * @param sources for a quiz and its owner, the notes line of each of its questions (looked up in the quiz's notes)
 * @param health completes once the database answers
 * @param webDir the web client's folder, or null for the copy inside the jar
 * @param staff an admin's management of the teachers' accounts
 * @param limits caps against floods and guessing
 * @param reloadQuestions reads the questions folder again: {@code {"loaded":n,"refused":[problems]}}
 * @param classes classes, their students and homework assignments
 * @param insight the insight and revision calls' store, notes and clock
 */
public record Services(Accounts accounts, QuizStore quizzes, SessionStore sessions, RoomRegistry rooms,
                       JoinLimiter joins, RoomSocket socket, NotesLibrary notes,
                       BiFunction<Quiz, String, Future<Function<Question, String>>> sources, Supplier<String> publicBase,
                       int defaultLimitSeconds, Supplier<Future<Void>> health, PrometheusMeterRegistry metrics,
                       Path webDir, Staff staff, Limits limits, Supplier<Future<JsonObject>> reloadQuestions,
                       ClassServices classes, InsightServices insight) {
}
