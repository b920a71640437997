import { safe } from '../report/index.js';
import type { WorkEvent } from './worker.js';

export interface Progress {
  queued(total: number): void;
  event(e: WorkEvent): void;
  done(): void;
}

const WIDTH = 24;

/** Progress on stderr: a bar redrawn in place on a terminal, one plain line per event otherwise. */
export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let total = 0;
  let stored = 0;
  const tty = stream.isTTY === true;
  const line = (text: string) => stream.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
  return {
    queued(n) {
      total += n;
    },
    event(e) {
      if (e.type === 'stored') {
        stored++;
        if (!tty) return void line(`${e.status} ${safe(e.source)}${e.reason ? ` (${safe(e.reason)})` : ''}`);
        const filled = total ? Math.min(WIDTH, Math.round((stored / total) * WIDTH)) : 0;
        line(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${stored}/${total} ${safe(e.source).slice(-50)}`);
      } else if (e.type === 'assigned') line(`assigned ${e.articles} article${e.articles > 1 ? 's' : ''} to stories`);
      else line(`computed story ${safe(e.story)} (${e.documents} documents)`);
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
