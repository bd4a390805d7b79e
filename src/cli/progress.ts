/**
 * A progress bar on standard error, drawn only when it is a terminal (never into a pipe, a file
 * or a test's output), at most once per whole percent.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  let shown = -1;
  return {
    update(fraction: number) {
      if (!stream.isTTY) return;
      const percent = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((width * percent) / 100);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%`);
    },
    done() {
      if (stream.isTTY && shown >= 0) stream.write('\r\x1b[K');
    },
  };
}
