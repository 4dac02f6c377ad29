package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KahootCsvTest {

  /** The template's header as Kahoot! writes it, with its leading number column. */
  static final String HEADER = ",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
      + "Answer 3 - max 75 characters,Answer 4 - max 75 characters,\"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\","
      + "Correct answer(s) - choose at least one\n";

  static JsonArray questions(ImportResult result) {
    return result.doc().getJsonArray("questions");
  }

  @Test
  @DisplayName("template rows become single and multiple questions with time limits; the header and instructions are skipped")
  void templateRows() {
    ImportResult result = KahootCsv.parse("""
        ,Quiz template,,,,,,
        ,"Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).",,,,,,
        """ + HEADER + """
        1,Who was murdered in 1934?,Trotsky,Kirov,Bukharin,Rykov,20,2
        2,Which two were Left?,Zinoviev,Bukharin,Kamenev,Rykov,30,"1,3"
        3,,,,,,,
        """, "USSR");
    assertEquals(List.of(), result.problems());
    assertEquals("ussr", result.doc().getString("id"));
    JsonArray qs = questions(result);
    assertEquals(2, qs.size());
    assertEquals(new JsonObject("""
        {"id":"q-01","kind":"single","text":"Who was murdered in 1934?","options":["Trotsky","Kirov","Bukharin","Rykov"],
         "answer":[1],"timeLimitSeconds":20}"""), qs.getJsonObject(0));
    assertEquals("multiple", qs.getJsonObject(1).getString("kind"));
    assertEquals(new JsonArray().add(0).add(2), qs.getJsonObject(1).getJsonArray("answer"));
  }

  @Test
  @DisplayName("rows without a header and without a number column are read in the template's order")
  void noHeader() {
    ImportResult result = KahootCsv.parse("Who was murdered in 1934?,Trotsky,Kirov,,,20,2\n", "x");
    assertEquals(List.of(), result.problems());
    assertEquals(new JsonArray().add("Trotsky").add("Kirov"), questions(result).getJsonObject(0).getJsonArray("options"));
  }

  @Test
  @DisplayName("empty answers 3 and 4 give fewer options, and answer numbers skip the empty ones")
  void emptyAnswers() {
    ImportResult result = KahootCsv.parse(HEADER + "1,Who?,Trotsky,,Kirov,,20,3\n", "x");
    assertEquals(List.of(), result.problems());
    JsonObject q = questions(result).getJsonObject(0);
    assertEquals(new JsonArray().add("Trotsky").add("Kirov"), q.getJsonArray("options"));
    assertEquals(new JsonArray().add(1), q.getJsonArray("answer"));
  }

  @Test
  @DisplayName("answers True and False become a truefalse question")
  void trueFalse() {
    ImportResult result = KahootCsv.parse(HEADER + "1,Lenin died in 1930.,True,False,,,10,2\n2,Kirov died in 1934.,false,true,,,10,2\n", "x");
    assertEquals(List.of(), result.problems());
    assertEquals(new JsonObject("""
        {"kind":"truefalse","options":["True","False"],"answer":[1]}"""),
        new JsonObject().put("kind", questions(result).getJsonObject(0).getString("kind"))
            .put("options", questions(result).getJsonObject(0).getJsonArray("options"))
            .put("answer", questions(result).getJsonObject(0).getJsonArray("answer")));
    assertEquals(new JsonArray().add(0), questions(result).getJsonObject(1).getJsonArray("answer"));
  }

  @Test
  @DisplayName("quoted fields keep commas, doubled quotes and line breaks, and lines count from where a row starts")
  void quoting() {
    ImportResult result = KahootCsv.parse(HEADER + """
        1,"Stalin said ""socialism in one country"",
        meaning what?","Build it, alone",Export it,,,20,1
        2,Who was murdered in 1934?,Trotsky,Kirov,,,20,7
        """, "x");
    JsonObject q = questions(result).getJsonObject(0);
    assertEquals("Stalin said \"socialism in one country\", meaning what?", q.getString("text"));
    assertEquals("Build it, alone", q.getJsonArray("options").getString(0));
    assertEquals(1, result.problems().size());
    assertEquals(4, result.problems().get(0).line());
  }

  @Test
  @DisplayName("a correct-answer number that is not 1 to 4, or names an empty answer, is a problem with its line")
  void badCorrectAnswers() {
    ImportResult result = KahootCsv.parse(HEADER + """
        1,Who?,Trotsky,Kirov,,,20,5
        2,Who?,Trotsky,Kirov,,,20,two
        3,Who?,Trotsky,Kirov,,,20,3
        4,Who?,Trotsky,Kirov,,,20,
        5,Who?,Trotsky,Kirov,,,20,1
        """, "x");
    assertEquals(List.of(2, 3, 4, 5), result.problems().stream().map(Problem::line).toList());
    assertTrue(result.problems().get(0).message().contains("'5'"));
    assertTrue(result.problems().get(2).message().contains("empty"));
    assertEquals(1, questions(result).size());
  }

  @Test
  @DisplayName("a time limit that is not a whole number, or out of 5..300, is a problem with its line")
  void badTimeLimit() {
    ImportResult result = KahootCsv.parse(HEADER + "1,Who?,Trotsky,Kirov,,,soon,1\n2,Who?,Trotsky,Kirov,,,400,1\n", "x");
    assertEquals(List.of(2, 3), result.problems().stream().map(Problem::line).toList());
    assertEquals("timeLimitSeconds", result.problems().get(1).field());
  }

  @Test
  @DisplayName("an unclosed quote is a problem naming the line it opens on")
  void unclosedQuote() {
    ImportResult result = KahootCsv.parse(HEADER + "1,\"Who?,Trotsky,Kirov,,,20,1\n", "x");
    assertEquals(List.of(2), result.problems().stream().map(Problem::line).toList());
  }

  @Test
  @DisplayName("a semicolon-separated file from a European spreadsheet is read too")
  void semicolons() {
    ImportResult result = KahootCsv.parse("Question;Answer 1;Answer 2;Answer 3;Answer 4;Time limit (sec);Correct answer(s)\r\n"
        + "Who?;Trotsky;Kirov;;;20;2\r\n", "x");
    assertEquals(List.of(), result.problems());
    assertEquals(new JsonArray().add(1), questions(result).getJsonObject(0).getJsonArray("answer"));
  }
}
