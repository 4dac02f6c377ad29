package recall.http;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import recall.store.SessionRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.xlsx}: a summary sheet (each student's rank, score and accuracy) and an answers
 * sheet (one row per student and question, as the CSV). Cells are typed (numbers are numbers), and
 * text is written as text, so a name like "=SUM(A1)" is never run as a formula.
 */
final class ResultsWorkbook {
  static final List<String> SUMMARY = List.of("rank", "player", "score", "accuracy", "correct", "answered");

  private ResultsWorkbook() {
  }

  static byte[] write(SessionRecord s) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));

      Map<String, Double> accuracy = ResultsFile.accuracy(s);
      Sheet summary = book.createSheet("Summary");
      header(summary, SUMMARY, bold);
      int r = 1;
      for (SessionRecord.Standing st : s.standings()) {
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(st.rank());
        row.createCell(1).setCellValue(st.player().name());
        row.createCell(2).setCellValue(st.score());
        Double acc = accuracy.get(st.player().id());
        if (acc != null) {
          row.createCell(3).setCellValue(acc);
          row.getCell(3).setCellStyle(percent);
        }
        row.createCell(4).setCellValue(st.correct());
        row.createCell(5).setCellValue(st.answered());
      }
      summary.createFreezePane(0, 1);
      summary.setColumnWidth(1, 28 * 256);

      Sheet answers = book.createSheet("Answers");
      List<String> cols = new java.util.ArrayList<>(SessionApi.CSV_HEADER);
      cols.add("fraction");
      header(answers, cols, bold);
      Map<String, SessionRecord.Answer> byKey = new HashMap<>();
      for (SessionRecord.Answer a : s.answers()) byKey.put(a.playerId() + "/" + a.index(), a);
      r = 1;
      for (SessionRecord.Standing st : s.standings()) {
        for (SessionRecord.Question q : s.questions()) {
          SessionRecord.Answer a = byKey.get(st.player().id() + "/" + q.index());
          Row row = answers.createRow(r++);
          row.createCell(0).setCellValue(st.player().name());
          row.createCell(1).setCellValue(q.index() + 1);
          row.createCell(2).setCellValue(q.doc().getString("text", ""));
          row.createCell(3).setCellValue(a == null ? "" : SessionApi.readable(q.doc(), a.answer()));
          row.createCell(4).setCellValue(a != null && a.correct());
          row.createCell(5).setCellValue(a == null ? 0 : a.points());
          if (a != null) row.createCell(6).setCellValue(a.ms());
          if (a != null && !"poll".equals(q.kind())) row.createCell(7).setCellValue(a.fraction());
        }
      }
      answers.createFreezePane(0, 1);
      answers.setColumnWidth(2, 50 * 256);

      Sheet about = book.createSheet("Session");
      String[][] facts = {{"quiz", s.title()}, {"started", ResultsFile.iso(s.startedAt())},
          {"finished", ResultsFile.iso(s.finishedAt())}, {"status", ResultsFile.status(s)}, {"mode", s.mode()}};
      for (int i = 0; i < facts.length; i++) {
        Row row = about.createRow(i);
        row.createCell(0).setCellValue(facts[i][0]);
        row.getCell(0).setCellStyle(bold);
        row.createCell(1).setCellValue(facts[i][1] == null ? "" : facts[i][1]);
      }
      about.setColumnWidth(1, 40 * 256);
      book.write(out);
      return out.toByteArray();
    }
  }

  private static void header(Sheet sheet, List<String> names, CellStyle bold) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      row.createCell(i).setCellValue(names.get(i));
      row.getCell(i).setCellStyle(bold);
    }
  }
}
