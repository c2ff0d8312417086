interface Wachtend<T, R> {
  items: T[];
  klaar(uitkomst: R[]): void;
  fout(e: unknown): void;
}

/**
 * Group commit: whatever arrives while a write is under way goes into the next one, so under load many
 * callers share one write; each promise resolves with its own part of the results (the write returns one
 * result per item, in order) only once the write succeeded, and fails if it did not.
 */
export class Groepscommit<T, R> {
  private wachtrij: Array<Wachtend<T, R>> = [];
  private bezig = false;

  /** `maxGroep`: callers per write at most, so one write (and what one failure takes with it) stays bounded. */
  constructor(private readonly schrijf: (items: T[]) => Promise<R[]>, private readonly maxGroep = 32) {}

  voegToe(items: T[]): Promise<R[]> {
    return new Promise((klaar, fout) => {
      this.wachtrij.push({ items, klaar, fout });
      void this.verwerk();
    });
  }

  private async verwerk(): Promise<void> {
    if (this.bezig) return;
    this.bezig = true;
    try {
      while (this.wachtrij.length) {
        const groep = this.wachtrij.splice(0, this.maxGroep);
        try {
          const uitkomst = await this.schrijf(groep.flatMap((w) => w.items));
          let i = 0;
          for (const w of groep) w.klaar(uitkomst.slice(i, (i += w.items.length)));
        } catch (fout) {
          for (const w of groep) w.fout(fout);
        }
      }
    } finally {
      this.bezig = false;
    }
  }
}
