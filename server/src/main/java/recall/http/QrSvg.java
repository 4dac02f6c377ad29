package recall.http;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.util.Map;

/** A QR code of a URL as an SVG image: one path of unit squares, with the quiet zone around it. */
final class QrSvg {
  private static final int QUIET = 4;

  private QrSvg() {
  }

  static String of(String text) {
    try {
      QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
      ByteMatrix m = code.getMatrix();
      int size = m.getWidth() + 2 * QUIET;
      StringBuilder path = new StringBuilder();
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          if (m.get(x, y) == 1) path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
        }
      }
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
          + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
          + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
    }
  }
}
