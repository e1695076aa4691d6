import { createHash } from 'node:crypto';

/** SHA-256 of an article body (UTF-8, hex), as published in `Source.bodySha256`. */
export const bodyHash = (body: string): string => createHash('sha256').update(body).digest('hex');
