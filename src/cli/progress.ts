/**
 * A progress bar on stderr (cli-progress) for runs that take more than a moment — only on a
 * terminal, and only once there is enough work for it to matter, so pipes and CI logs stay clean.
 */
import cliProgress from 'cli-progress';

const SHOW_AFTER_MS = 700;

export function progressReporter(label: string): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, total) {
      if (!bar && Date.now() - started > SHOW_AFTER_MS && done < total) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {value}/{total} steps | eta {eta}s`,
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
