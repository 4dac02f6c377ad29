package recall.scoring;

import java.util.List;

/**
 * A player's answer as sent: exactly one of the fields is set, matching the question's kind.
 *
 * @param choice option indexes (single, multiple, truefalse, poll)
 * @param value the number (numeric)
 * @param order item ids (order)
 * @param text the typed answer (text)
 */
public record Answer(List<Integer> choice, Double value, List<String> order, String text) {

  public static Answer ofChoice(List<Integer> choice) {
    return new Answer(List.copyOf(choice), null, null, null);
  }

  public static Answer ofValue(double value) {
    return new Answer(null, value, null, null);
  }

  public static Answer ofOrder(List<String> order) {
    return new Answer(null, null, List.copyOf(order), null);
  }

  public static Answer ofText(String text) {
    return new Answer(null, null, null, text);
  }
}
