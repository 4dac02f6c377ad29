package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizValidatorTest {

  static final List<String> NOTES = List.of(
      "* Lenin died January 1924. The Politburo announced a collective leadership.",
      "* Kirov was murdered in December 1934.",
      "* Magnitogorsk was built from nothing.");

  /** A valid document holding one question of every kind. */
  static JsonObject validDoc() {
    return new JsonObject("""
        {"id":"power-struggle","title":"The struggle for power","section":"A","notes":"ussr.txt","futureField":1,
         "questions":[
          {"id":"ps-01","kind":"single","text":"When did Lenin die?","options":["1922","1924","1927","1929"],"answer":[1],
           "timeLimitSeconds":20,"source":{"line":1,"quote":"Lenin died January 1924"},"explanation":"He died in January 1924."},
          {"id":"ps-02","kind":"multiple","text":"Which two?","options":["a","b","c","d"],"answer":[0,3],
           "source":{"line":1,"quote":"collective leadership"}},
          {"id":"ps-03","kind":"truefalse","text":"Kirov was murdered in 1934.","options":["True","False"],"answer":[0],
           "source":{"line":2,"quote":"Kirov was murdered"}},
          {"id":"ps-04","kind":"truefalse","text":"Lenin died in 1930.","answer":[1],"source":{"line":1,"quote":"January 1924"}},
          {"id":"ps-05","kind":"numeric","text":"Year of Kirov's murder?","answer":{"value":1934,"tolerance":0},
           "source":{"line":2,"quote":"December 1934"}},
          {"id":"ps-06","kind":"order","text":"Earliest first","items":["Lenin dies","Kirov murdered"],
           "source":{"line":2,"quote":"1934"}},
          {"id":"ps-07","kind":"text","text":"Who was murdered in 1934?","accept":["Kirov","Sergei Kirov"],
           "source":{"line":2,"quote":"Kirov"}},
          {"id":"ps-08","kind":"poll","text":"Was it planned?","options":["Yes","No","Unsure"],
           "source":{"line":3,"quote":"Magnitogorsk"},"hint":"unknown fields are fine"}
         ]}""");
  }

  static JsonObject question(JsonObject doc, int index) {
    return doc.getJsonArray("questions").getJsonObject(index);
  }

  /** The single problem of a document, failing when there is not exactly one. */
  static Problem onlyProblem(JsonObject doc) {
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  @Test
  @DisplayName("a valid document with a question of every kind has no problems")
  void validDocumentPasses() {
    assertEquals(List.of(), QuizValidator.validate(validDoc(), NOTES));
  }

  @Test
  @DisplayName("parse returns the quiz of a valid document")
  void parseReturnsQuiz() {
    Quiz quiz = QuizValidator.parse(validDoc(), NOTES);
    assertEquals("power-struggle", quiz.id());
    assertEquals(8, quiz.questions().size());
    assertEquals(List.of("True", "False"), quiz.question("ps-04").options());
  }

  @Test
  @DisplayName("a quiz id with capitals or spaces is named")
  void badQuizId() {
    Problem p = onlyProblem(validDoc().put("id", "Power Struggle"));
    assertEquals("id", p.field());
    assertEquals(null, p.question());
  }

  @Test
  @DisplayName("a missing title is named")
  void missingTitle() {
    JsonObject doc = validDoc();
    doc.remove("title");
    assertEquals("title", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("an empty questions array is named")
  void emptyQuestions() {
    assertEquals("questions", onlyProblem(validDoc().put("questions", new JsonArray())).field());
  }

  @Test
  @DisplayName("a question id used twice in a document is named")
  void duplicateQuestionId() {
    JsonObject doc = validDoc();
    question(doc, 1).put("id", "ps-01");
    Problem p = onlyProblem(doc);
    assertEquals("ps-01", p.question());
    assertEquals("id", p.field());
  }

  @Test
  @DisplayName("a question without an id is named by its 1-based position")
  void missingQuestionIdUsesIndex() {
    JsonObject doc = validDoc();
    question(doc, 2).remove("id");
    Problem p = onlyProblem(doc);
    assertEquals("#3", p.question());
    assertEquals("id", p.field());
  }

  @Test
  @DisplayName("an unknown kind is named")
  void unknownKind() {
    JsonObject doc = validDoc();
    question(doc, 0).put("kind", "essay");
    Problem p = onlyProblem(doc);
    assertEquals("kind", p.field());
    assertTrue(p.message().contains("essay"));
  }

  @Test
  @DisplayName("a blank or overlong text is named")
  void badText() {
    JsonObject doc = validDoc();
    question(doc, 0).put("text", " ");
    question(doc, 1).put("text", "x".repeat(501));
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(List.of("ps-01 text", "ps-02 text"), problems.stream().map(p -> p.question() + " " + p.field()).toList());
  }

  @Test
  @DisplayName("a single question with two right answers is named")
  void singleWithTwoAnswers() {
    JsonObject doc = validDoc();
    question(doc, 0).put("answer", new JsonArray().add(0).add(1));
    assertEquals("answer", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("an answer index past the options is named with its position")
  void answerOutOfRange() {
    JsonObject doc = validDoc();
    question(doc, 1).put("answer", new JsonArray().add(0).add(4));
    Problem p = onlyProblem(doc);
    assertEquals("ps-02", p.question());
    assertEquals("answer[1]", p.field());
  }

  @Test
  @DisplayName("a multiple question with no right answer is named")
  void multipleWithoutAnswer() {
    JsonObject doc = validDoc();
    question(doc, 1).put("answer", new JsonArray());
    assertEquals("answer", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a repeated or blank option is named with its position")
  void badOptions() {
    JsonObject doc = validDoc();
    question(doc, 0).put("options", new JsonArray().add("1922").add("1924").add("1922 ").add(""));
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(List.of("options[2]", "options[3]"), problems.stream().map(Problem::field).toList());
  }

  @Test
  @DisplayName("a single question with one option is named")
  void tooFewOptions() {
    JsonObject doc = validDoc();
    question(doc, 0).put("options", new JsonArray().add("1924")).put("answer", new JsonArray().add(0));
    assertEquals("options", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("truefalse options other than [\"True\",\"False\"] are named")
  void trueFalseOptions() {
    JsonObject doc = validDoc();
    question(doc, 2).put("options", new JsonArray().add("Yes").add("No"));
    assertEquals("options", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a truefalse answer other than [0] or [1] is named")
  void trueFalseAnswer() {
    JsonObject doc = validDoc();
    question(doc, 2).put("answer", new JsonArray().add(2));
    assertEquals("answer", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a numeric answer without a value or with a negative tolerance is named")
  void numericAnswer() {
    JsonObject doc = validDoc();
    question(doc, 4).put("answer", new JsonObject().put("value", "1934").put("tolerance", -1));
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(List.of("answer.value", "answer.tolerance"), problems.stream().map(Problem::field).toList());
  }

  @Test
  @DisplayName("an order question with one item is named")
  void orderItems() {
    JsonObject doc = validDoc();
    question(doc, 5).put("items", new JsonArray().add("only"));
    assertEquals("items", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a text question with no accepted answer is named")
  void textAccept() {
    JsonObject doc = validDoc();
    question(doc, 6).put("accept", new JsonArray());
    assertEquals("accept", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a poll with a right answer is named")
  void pollWithAnswer() {
    JsonObject doc = validDoc();
    question(doc, 7).put("answer", new JsonArray().add(0));
    Problem p = onlyProblem(doc);
    assertEquals("answer", p.field());
    assertTrue(p.message().contains("poll"));
  }

  @Test
  @DisplayName("a time limit out of 5..300 seconds or not whole is named")
  void timeLimit() {
    JsonObject doc = validDoc();
    question(doc, 0).put("timeLimitSeconds", 301);
    question(doc, 1).put("timeLimitSeconds", 20.5);
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(List.of("timeLimitSeconds", "timeLimitSeconds"), problems.stream().map(Problem::field).toList());
  }

  @Test
  @DisplayName("a missing source, a line below 1 and a blank quote are named")
  void badSource() {
    JsonObject doc = validDoc();
    question(doc, 0).remove("source");
    question(doc, 1).put("source", new JsonObject().put("line", 0).put("quote", ""));
    List<Problem> problems = QuizValidator.validate(doc, NOTES);
    assertEquals(List.of("ps-01 source", "ps-02 source.line", "ps-02 source.quote"),
        problems.stream().map(p -> p.question() + " " + p.field()).toList());
  }

  @Test
  @DisplayName("an explanation that is not a string is named")
  void explanationType() {
    JsonObject doc = validDoc();
    question(doc, 0).put("explanation", new JsonArray().add("x"));
    assertEquals("explanation", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("a quote that is not on its notes line is caught")
  void quoteNotOnLine() {
    JsonObject doc = validDoc();
    question(doc, 4).put("source", new JsonObject().put("line", 1).put("quote", "December 1934"));
    Problem p = onlyProblem(doc);
    assertEquals("ps-05", p.question());
    assertEquals("source.quote", p.field());
    assertEquals("ps-05 source.quote: not found on line 1", p.toString());
  }

  @Test
  @DisplayName("a source line past the end of the notes is caught")
  void lineBeyondNotes() {
    JsonObject doc = validDoc();
    question(doc, 0).put("source", new JsonObject().put("line", 4).put("quote", "Lenin"));
    assertEquals("source.line", onlyProblem(doc).field());
  }

  @Test
  @DisplayName("without notes, quotes are not checked against lines")
  void noNotesNoQuoteCheck() {
    JsonObject doc = validDoc();
    question(doc, 0).put("source", new JsonObject().put("line", 400).put("quote", "anything"));
    assertEquals(List.of(), QuizValidator.validate(doc, null));
  }

  @Test
  @DisplayName("every problem of a document is listed at once, in document order")
  void allProblemsAtOnce() {
    JsonObject doc = validDoc().put("title", "");
    question(doc, 0).put("answer", new JsonArray().add(7));
    question(doc, 3).put("kind", "yesno");
    question(doc, 7).remove("text");
    List<String> found = QuizValidator.validate(doc, NOTES).stream().map(p -> p.question() + " " + p.field()).toList();
    assertEquals(List.of("null title", "ps-01 answer[0]", "ps-04 kind", "ps-08 text"), found);
  }

  @Test
  @DisplayName("parse of an invalid document throws every problem")
  void parseThrows() {
    JsonObject doc = validDoc().put("id", "");
    question(doc, 0).put("kind", "nope");
    InvalidQuizException e = assertThrows(InvalidQuizException.class, () -> QuizValidator.parse(doc, NOTES));
    assertEquals(2, e.problems().size());
    assertEquals(2, e.problemsJson().size());
  }

  @Test
  @DisplayName("a problem's JSON leaves out its null parts")
  void problemJson() {
    Problem p = new Problem("a.json", "ps-03", "source.quote", null, "not found on line 12");
    assertEquals(new JsonObject().put("file", "a.json").put("question", "ps-03").put("field", "source.quote").put("message", "not found on line 12"),
        p.toJson());
    assertEquals("a.json: ps-03 source.quote: not found on line 12", p.toString());
    assertEquals("quiz.gift: line 4: essay", new Problem("quiz.gift", null, null, 4, "essay").toString());
  }

  @Test
  @DisplayName("a question may accept a known rule's warnings with a reason, and keeps the acceptance through JSON")
  void acceptedWarnings() {
    JsonObject doc = validDoc();
    question(doc, 0).put("acceptedWarnings", new JsonArray().add(new JsonObject().put("rule", "longest-option").put("reason", "the notes' own words")));
    assertEquals(List.of(), QuizValidator.validate(doc, NOTES));
    Question q = QuizValidator.parse(doc, NOTES).question("ps-01");
    assertEquals(List.of(new AcceptedWarning("longest-option", "the notes' own words")), q.acceptedWarnings());
    assertEquals(q, Question.fromJson(q.toJson()));
  }

  @Test
  @DisplayName("an acceptance with no reason, an unknown rule, a rule twice or a wrong shape is named")
  void badAcceptances() {
    JsonObject doc = validDoc();
    question(doc, 0).put("acceptedWarnings", new JsonArray()
        .add(new JsonObject().put("rule", "longest-option"))
        .add(new JsonObject().put("rule", "no-such-rule").put("reason", "x"))
        .add(new JsonObject().put("rule", "longest-option").put("reason", "again"))
        .add("longest-option"));
    question(doc, 1).put("acceptedWarnings", "longest-option");
    List<String> found = QuizValidator.validate(doc, NOTES).stream().map(p -> p.question() + " " + p.field()).toList();
    assertEquals(List.of("ps-01 acceptedWarnings[0].reason", "ps-01 acceptedWarnings[1].rule", "ps-01 acceptedWarnings[2].rule",
        "ps-01 acceptedWarnings[3]", "ps-02 acceptedWarnings"), found);
    assertTrue(QuizValidator.validate(doc, NOTES).get(1).message().contains("longest-option"), "the message lists the known rules");
  }

  @Test
  @DisplayName("a question with no source is a problem when the quiz names notes, and allowed when it names none (an import)")
  void sourceNeededOnlyWithNotes() {
    JsonObject withNotes = validDoc();
    withNotes.getJsonArray("questions").getJsonObject(0).remove("source");
    List<Problem> problems = QuizValidator.validate(withNotes, null);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("source", problems.get(0).field());
    JsonObject noNotes = withNotes.copy();
    noNotes.remove("notes");
    assertEquals(List.of(), QuizValidator.validate(noNotes, null));
    assertEquals(1, QuizValidator.validate(noNotes, null, true).size(), "the bank always needs sources");
    assertEquals(false, QuizValidator.parse(noNotes, null).questions().get(0).hasSource());
    assertEquals(null, QuizValidator.parse(noNotes, null).questions().get(0).toJson().getValue("source"));
  }
}
