// Bad rows are reported as they are met — `records.csv:123: rating: "abc" is not a number` — up to a
// limit, so a file with a million bad rows does not flood the terminal; the rest are only counted.

export const BAD_ROWS_SHOWN = 20;

export class BadRowReporter {
  private count = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly limit: number = BAD_ROWS_SHOWN,
  ) {}

  get rejected(): number {
    return this.count;
  }

  report(file: string, line: number, message: string): void {
    this.count += 1;
    if (this.count <= this.limit) this.write(`${file}:${line}: ${message}\n`);
  }

  /** The closing line: `… and 12 more bad rows`, or nothing. */
  finish(): void {
    const hidden = this.count - this.limit;
    if (hidden > 0) this.write(`… and ${hidden} more bad ${hidden === 1 ? 'row' : 'rows'}\n`);
  }
}
