/**
 * An error in one article file, phrased for the editor who has to fix it:
 * it names the file, the field and the fix, on one line.
 */
export class ArticleError extends Error {
  /** Path of the article, relative to the project root. */
  readonly file: string;
  /** The front-matter field or part of the file at fault, e.g. `publisher` or `body`. */
  readonly field: string;
  /** What the editor should do. */
  readonly fix: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: ${field}: ${problem}. Fix: ${fix}`);
    this.name = 'ArticleError';
    this.file = file;
    this.field = field;
    this.fix = fix;
  }
}
