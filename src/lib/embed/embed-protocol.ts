/**
 * The messages between an embed page and the host page's `/embed.js`.
 * Namespaced, so a host running other embeds never mistakes theirs for ours.
 */

/** Names of the two messages. Serialised into both scripts, so they cannot drift apart. */
export interface EmbedProtocol {
  /** Embed → host: `{ type, chart, height }`, the height of the embed's content in CSS px. */
  height: string;
  /** Host → embed: `{ type }`, asks the embed to post its height again (the host script loaded late). */
  request: string;
  /** Global flag that keeps `/embed.js` from installing twice when a page includes it twice. */
  installed: string;
}

/** The protocol of this site's embeds. */
export const EMBED_PROTOCOL: EmbedProtocol = {
  height: 'xinjiang-ports:embed-height',
  request: 'xinjiang-ports:embed-request-height',
  installed: '__xinjiangPortsEmbeds',
};

/** Largest height a host accepts, in px: a bogus message cannot make an iframe absurdly tall. */
export const MAX_EMBED_HEIGHT = 20_000;
