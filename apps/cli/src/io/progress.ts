// A progress line on stderr for large inputs: rewritten in place about once a second (or every million rows),
// only when stderr is a terminal or `--progress` asks for it.

const CHECK_EVERY = 65_536;
const ROWS_STEP = 1_000_000;

export class Progress {
  private nextCheck = CHECK_EVERY;
  private lastShown = 0;
  private lastRows = 0;
  private shown = false;
  /** a line drawn in place and not yet ended */
  private pending = false;

  constructor(
    private readonly label: string,
    private readonly write: (text: string) => void,
    /** in place with `\r` on a terminal, one line per update otherwise */
    private readonly inPlace: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.lastShown = now();
  }

  /** Called with the running row count; cheap on most calls. */
  tick(rows: number): void {
    if (rows < this.nextCheck) return;
    this.nextCheck = rows + CHECK_EVERY;
    const t = this.now();
    if (t - this.lastShown < 1000 && rows - this.lastRows < ROWS_STEP) return;
    this.lastShown = t;
    this.lastRows = rows;
    this.show(rows);
  }

  done(rows: number): void {
    if (this.shown) this.show(rows, true);
  }

  /** Ends a line drawn in place, so that another message does not land on the end of it. */
  interrupt(): void {
    if (this.pending) this.write('\n');
    this.pending = false;
  }

  private show(rows: number, last = false): void {
    this.shown = true;
    this.pending = this.inPlace && !last;
    const text = `${this.label}: ${rows.toLocaleString('en-US')} rows${last ? '' : '…'}`;
    this.write(this.inPlace ? `\r${text}${last ? '\n' : ''}` : `${text}\n`);
  }
}
