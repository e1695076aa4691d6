/**
 * Adding one decision to `content/review.yaml` without disturbing what an
 * editor wrote by hand: comments, order and quoting are kept, and the new
 * entry is checked by the same schema the build reads it with.
 */
import { isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import { ReviewEntry } from '../../schema.ts';
import { parseReview } from './parse-review.ts';

/** The review file's text with `entry` appended; throws, naming the field, on an entry the build would refuse. */
export function appendReview(path: string, text: string, entry: ReviewEntry): string {
  const checked = ReviewEntry.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`${path}: new entry (fact ${entry.fact}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  // Typed as a document to build on, not one only read: the new entry is not a parsed node.
  const doc: Document = parseDocument(text, { version: '1.2' });
  if (doc.errors.length) throw new Error(`${path}: not valid YAML (${doc.errors[0]!.code}). Fix: repair the file before reviewing`);
  if (doc.contents === null || (isSeq(doc.contents) && doc.contents.items.length === 0)) {
    // `[]` is a flow sequence: the first entry turns it into a block list.
    const seq = new YAMLSeq();
    seq.commentBefore = doc.contents?.commentBefore;
    doc.contents = seq;
  }
  if (!isSeq(doc.contents)) throw new Error(`${path}: the file is not a list of entries. Fix: make it a YAML list of "- fact: <id>" entries`);
  doc.contents.add(doc.createNode(stripUndefined(checked.data)));
  const out = doc.toString({ lineWidth: 0 });
  // The result must read back as the build reads it.
  parseReview(path, out);
  return out;
}

function stripUndefined(entry: ReviewEntry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}
