package recall.room;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.util.ReferenceCountUtil;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads WebSocket frame headers as the bytes arrive, before the frame decoder, so that a frame
 * announced over the limit is refused at once, whatever its size: the client gets the contract's
 * {@code too-large} error and a close 1008, and not one byte of the frame is kept. (Past its limit
 * the decoder alone would drop the connection without a word.)
 */
final class FrameGuard extends ChannelInboundHandlerAdapter {
  /** After refusing, what the client still sends is read and dropped this long, so the error is not lost to a reset. */
  private static final long LINGER_MS = 1000;

  private final int maxPayload;
  private final String refusal;
  private final byte[] header = new byte[14];
  private int have;
  private long remaining;
  private boolean refused;

  FrameGuard(int maxPayload, String refusal) {
    this.maxPayload = maxPayload;
    this.refusal = refusal;
  }

  /** Puts a guard in front of the WebSocket frame decoder of this (just upgraded) connection. */
  static void install(ChannelHandlerContext any, int maxPayload, String refusal) {
    for (Map.Entry<String, io.netty.channel.ChannelHandler> e : any.pipeline()) {
      if (e.getValue() instanceof WebSocketFrameDecoder) {
        any.pipeline().addBefore(e.getKey(), "recall-frame-guard", new FrameGuard(maxPayload, refusal));
        return;
      }
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (refused) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof ByteBuf buf && oversized(buf)) {
      ReferenceCountUtil.release(msg);
      refuse(ctx);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  /** Walks the frame headers in these bytes; true once one announces more than the limit. */
  private boolean oversized(ByteBuf buf) {
    int i = buf.readerIndex();
    int end = buf.writerIndex();
    while (i < end) {
      if (remaining > 0) {
        long skip = Math.min(remaining, end - i);
        i += (int) skip;
        remaining -= skip;
        continue;
      }
      header[have++] = buf.getByte(i++);
      if (have < 2 || have < headerLength()) continue;
      long length = payloadLength();
      if (length > maxPayload || length < 0) return true;
      remaining = length;
      have = 0;
    }
    return false;
  }

  private int headerLength() {
    int len7 = header[1] & 0x7f;
    boolean masked = (header[1] & 0x80) != 0;
    return 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + (masked ? 4 : 0);
  }

  private long payloadLength() {
    int len7 = header[1] & 0x7f;
    if (len7 < 126) return len7;
    long n = 0;
    int bytes = len7 == 126 ? 2 : 8;
    for (int k = 0; k < bytes; k++) n = (n << 8) | (header[2 + k] & 0xff);
    return n;
  }

  private void refuse(ChannelHandlerContext ctx) {
    refused = true;
    ctx.channel().write(new TextWebSocketFrame(refusal));
    ctx.channel().writeAndFlush(new CloseWebSocketFrame(1008, "message too large"));
    ctx.executor().schedule(() -> {
      ctx.channel().close();
    }, LINGER_MS, TimeUnit.MILLISECONDS);
  }
}
