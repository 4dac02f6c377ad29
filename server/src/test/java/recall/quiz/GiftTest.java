package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftTest {

  /** The only question of a GIFT text that must import without problems. */
  static JsonObject only(String gift) {
    ImportResult result = Gift.parse(gift, "Test");
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.questionCount());
    return result.doc().getJsonArray("questions").getJsonObject(0);
  }

  /** The kind-specific part of a question: everything but id, text, source and explanation. */
  static JsonObject shape(JsonObject q) {
    JsonObject s = q.copy();
    List.of("id", "text", "source", "explanation").forEach(s::remove);
    return s;
  }

  @Test
  @DisplayName("multiple choice {=right ~wrong} becomes a single question with its right index")
  void multipleChoice() {
    JsonObject q = only("Who was murdered in 1934? {~Trotsky =Kirov ~Bukharin}");
    assertEquals(new JsonObject("""
        {"kind":"single","options":["Trotsky","Kirov","Bukharin"],"answer":[1]}"""), shape(q));
    assertEquals("Who was murdered in 1934?", q.getString("text"));
  }

  @Test
  @DisplayName("weighted answers become a multiple question with the positive ones right")
  void weightedAnswers() {
    JsonObject q = only("Which two were Left? {~%50%Zinoviev ~%-100%Bukharin ~%50%Kamenev ~%-100%Rykov}");
    assertEquals(new JsonObject("""
        {"kind":"multiple","options":["Zinoviev","Bukharin","Kamenev","Rykov"],"answer":[0,2]}"""), shape(q));
  }

  @Test
  @DisplayName("{T}, {TRUE}, {F} and {FALSE} become truefalse questions")
  void trueFalse() {
    for (String mark : List.of("T", "TRUE", "F", "FALSE")) {
      int answer = mark.startsWith("T") ? 0 : 1;
      assertEquals(new JsonObject().put("kind", "truefalse").put("options", new JsonArray().add("True").add("False"))
          .put("answer", new JsonArray().add(answer)), shape(only("Lenin died in 1924. {" + mark + "}")), mark);
    }
  }

  @Test
  @DisplayName("short answer {=Kirov =Sergei Kirov} becomes a text question")
  void shortAnswer() {
    assertEquals(new JsonObject("""
        {"kind":"text","accept":["Kirov","Sergei Kirov"]}"""), shape(only("Who was murdered in 1934? {=Kirov =Sergei Kirov}")));
  }

  @Test
  @DisplayName("numeric {#1934}, {#1934:2} and {#1930..1940} give value and tolerance")
  void numeric() {
    assertEquals(new JsonObject("{\"value\":1934,\"tolerance\":0}"), only("Year? {#1934}").getJsonObject("answer"));
    assertEquals(new JsonObject("{\"value\":1934,\"tolerance\":2}"), only("Year? {#1934:2}").getJsonObject("answer"));
    assertEquals(new JsonObject("{\"value\":1935,\"tolerance\":5}"), only("Year? {#1930..1940}").getJsonObject("answer"));
    assertEquals(new JsonObject("{\"value\":69.6,\"tolerance\":0.1}"), only("Grain? {#69.6:0.1}").getJsonObject("answer"));
    assertEquals("numeric", only("Year? {#1934}").getString("kind"));
  }

  @Test
  @DisplayName("a numeric block with several answers takes the full-credit one")
  void numericSeveral() {
    assertEquals(new JsonObject("{\"value\":1934,\"tolerance\":0}"),
        only("Year? {#=%50%1933:1 =1934:0#exactly}").getJsonObject("answer"));
  }

  @Test
  @DisplayName("comments, ::names:: and $CATEGORY are read and left out of the questions")
  void commentsNamesCategory() {
    ImportResult result = Gift.parse("""
        // a comment
        $CATEGORY: $course$/top/The Terror

        // another
        ::Kirov's murder::Who was murdered in 1934? {=Kirov}
        """, "The Terror");
    assertEquals(List.of(), result.problems());
    assertEquals("The Terror", result.doc().getString("section"));
    JsonObject q = result.doc().getJsonArray("questions").getJsonObject(0);
    assertEquals("Who was murdered in 1934?", q.getString("text"));
    assertEquals("q-01", q.getString("id"));
  }

  @Test
  @DisplayName("escaped \\~ \\= \\# \\{ \\} \\: are read as plain characters")
  void escapes() {
    JsonObject q = only("Which is 2\\+2\\=4 \\{sum\\}\\: ok? {=a\\~b ~c\\#d ~e\\=f}");
    assertEquals("Which is 2\\+2=4 {sum}: ok?", q.getString("text"));
    assertEquals(new JsonArray().add("a~b").add("c#d").add("e=f"), q.getJsonArray("options"));
  }

  @Test
  @DisplayName("feedback after # is dropped and general feedback after #### becomes the explanation")
  void feedback() {
    JsonObject q = only("Who? {=Kirov#Right, Kirov. ~Trotsky#No, exiled in 1929. ####Kirov was murdered in December 1934.}");
    assertEquals(new JsonArray().add("Kirov").add("Trotsky"), q.getJsonArray("options"));
    assertEquals("Kirov was murdered in December 1934.", q.getString("explanation"));
  }

  @Test
  @DisplayName("a question over several lines is one question, blank lines separate questions")
  void multiLine() {
    ImportResult result = Gift.parse("""
        ::q1:: Who was
        murdered in 1934? {
          =Kirov
          ~Trotsky
        }

        Lenin died in 1924.{T}
        """, "Two");
    assertEquals(List.of(), result.problems());
    JsonArray qs = result.doc().getJsonArray("questions");
    assertEquals(2, qs.size());
    assertEquals("Who was murdered in 1934?", qs.getJsonObject(0).getString("text"));
    assertEquals("q-02", qs.getJsonObject(1).getString("id"));
  }

  @Test
  @DisplayName("an imported question names no notes and has no source (it is drawn from no notes)")
  void importedQuestionsHaveNoSource() {
    ImportResult result = Gift.parse("// header\n\nWho was murdered in the first days of December 1934 in Leningrad? {=Kirov}\n", "x");
    assertNull(result.doc().getValue("notes"));
    assertNull(result.doc().getJsonArray("questions").getJsonObject(0).getValue("source"));
  }

  @Test
  @DisplayName("the quiz id is the title's slug")
  void idFromTitle() {
    assertEquals("stalin-s-russia-1924-41", Gift.parse("Q? {T}", "Stalin's Rüssia, 1924–41").doc().getString("id"));
  }

  @Test
  @DisplayName("matching, essay and description items are problems naming their line; the others still import")
  void unsupported() {
    ImportResult result = Gift.parse("""
        Match. {=Kirov -> 1934 =Lenin -> 1924}

        Discuss collectivisation. {}

        Just a description.

        Lenin died in 1924.{T}
        """, "Mixed");
    assertEquals(List.of(1, 3, 5), result.problems().stream().map(Problem::line).toList());
    assertTrue(result.problems().get(0).message().contains("matching"));
    assertTrue(result.problems().get(1).message().contains("essay"));
    assertEquals(1, result.questionCount());
    assertFalse(result.ok());
  }

  @Test
  @DisplayName("a block with no right answer or an unclosed brace is a problem with its line")
  void brokenBlocks() {
    ImportResult result = Gift.parse("Who? {~a ~b}\n\n\nWho? {=a ~b\n", "Broken");
    assertEquals(List.of(1, 4), result.problems().stream().map(Problem::line).toList());
    assertEquals(0, result.questionCount());
  }

  @Test
  @DisplayName("a question the contract refuses (a repeated option) is a problem with its line")
  void contractProblem() {
    ImportResult result = Gift.parse("Who? {=a}\n\nWho? {=a ~a}", "Dup");
    assertEquals(1, result.problems().size());
    assertEquals(3, result.problems().get(0).line());
    assertEquals("options[1]", result.problems().get(0).field());
  }

  @Test
  @DisplayName("an export read back keeps kind, text, options and answers of every GIFT kind")
  void roundTrip() {
    Quiz quiz = QuizValidator.parse(QuizValidatorTest.validDoc(), null);
    quiz = new Quiz(quiz.id(), quiz.title(), "A: power", quiz.notes(), List.of(
        quiz.questions().get(0),
        quiz.questions().get(1),
        quiz.questions().get(2),
        quiz.questions().get(3),
        quiz.questions().get(4),
        quiz.questions().get(6),
        Question.fromJson(new JsonObject("""
            {"id":"x-1","kind":"single","text":"Tricky {chars}: a~b = c#d \\\\ e?","options":["x=1","y~2","z#3","w:4"],"answer":[3],
             "source":{"line":1,"quote":"Tricky"},"explanation":"Because: {it} = so"}"""))));
    ImportResult back = Gift.parse(Gift.write(quiz), quiz.title());
    assertEquals(List.of(), back.problems());
    assertEquals("A: power", back.doc().getString("section"));
    JsonArray qs = back.doc().getJsonArray("questions");
    assertEquals(quiz.questions().size(), qs.size());
    for (int i = 0; i < qs.size(); i++) {
      Question original = quiz.questions().get(i);
      Question read = Question.fromJson(qs.getJsonObject(i));
      assertEquals(original.kind(), read.kind(), original.id());
      assertEquals(original.text(), read.text(), original.id());
      assertEquals(original.options(), read.options(), original.id());
      assertEquals(original.answer(), read.answer(), original.id());
      assertEquals(original.value(), read.value(), original.id());
      assertEquals(original.tolerance(), read.tolerance(), original.id());
      assertEquals(original.accept(), read.accept(), original.id());
      assertEquals(original.explanation(), read.explanation(), original.id());
    }
  }

  @Test
  @DisplayName("an export skips order and poll questions with a comment")
  void exportSkipsOrderAndPoll() {
    String gift = Gift.write(QuizValidator.parse(QuizValidatorTest.validDoc(), null));
    assertTrue(gift.contains("// skipped ps-06 (order)"), gift);
    assertTrue(gift.contains("// skipped ps-08 (poll)"), gift);
    assertEquals(6, Gift.parse(gift, "x").questionCount());
  }

  @Test
  @DisplayName("an export writes multiple answers with Moodle weights")
  void exportWeights() {
    String gift = Gift.write(QuizValidator.parse(QuizValidatorTest.validDoc(), null));
    assertTrue(gift.contains("~%50%a"), gift);
    assertTrue(gift.contains("~%-100%b"), gift);
  }
}
