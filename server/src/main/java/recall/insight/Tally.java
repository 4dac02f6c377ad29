package recall.insight;

/** Right answers out of questions asked; the share right is what every insight list is ordered by. */
final class Tally {
  int asked;
  int right;

  void add(int asked, int right) {
    this.asked += asked;
    this.right += right;
  }

  double rate() {
    return asked == 0 ? 1 : (double) right / asked;
  }
}
