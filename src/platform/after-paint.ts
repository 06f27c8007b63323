// Work that must not hold up what the player is waiting to see: run once the next frame has
// been painted. A requestAnimationFrame callback runs just before the paint, and a message
// posted from it is delivered in a task after it (a timeout would be clamped, or throttled).
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}
