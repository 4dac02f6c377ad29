package recall.auth;

import java.util.List;

/** The first-start message: the admin's password in a box that says it is shown only this once. */
final class FirstStartBox {
  private FirstStartBox() {
  }

  static String text(String user, String password) {
    List<String> lines = List.of(
        "Recall: the admin account was created.",
        "",
        "  Teacher login: " + user + " / " + password,
        "",
        "This password is shown ONLY ONCE. Write it down now.",
        "Log in at the teacher console (/host.html) and choose your own.",
        "Lost it? Stop the server and run:",
        "  java -jar server/target/recall.jar reset-password " + user);
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder b = new StringBuilder();
    String rule = "+" + "-".repeat(width + 2) + "+\n";
    b.append(rule);
    for (String l : lines) b.append("| ").append(l).append(" ".repeat(width - l.length())).append(" |\n");
    return b.append(rule).toString().stripTrailing();
  }
}
