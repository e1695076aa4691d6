/**
 * What the editor should know about the timeline's labels after an
 * extraction: events with no label (the chart leaves them out until one is
 * written) and labels for events no article reports any more.
 */
import type { Event, TimelineLabels } from '../../schema.ts';

/** The editor's labels for the timeline's events. */
export const TIMELINE_PATH = 'content/timeline.yaml';

/** Report lines for the extract script; none when every event has a label and every label an event. */
export function timelineCheckLines(labels: TimelineLabels, events: readonly Event[]): string[] {
  const ids = new Set(events.map((e) => e.id));
  const unlabelled = events.filter((e) => !(e.id in labels)).map((e) => `${e.id}: "${e.text.replace(/\s+/g, ' ')}"`);
  const stale = Object.keys(labels).filter((id) => !ids.has(id));
  return [
    ...(unlabelled.length ? [`Timeline check: ${unlabelled.length} event(s) have no label, so the timeline leaves them out. Fix: add a short label for each to ${TIMELINE_PATH}`, ...unlabelled.map((l) => `  ${l}`)] : []),
    ...(stale.length ? [`Timeline check: ${stale.length} label(s) in ${TIMELINE_PATH} name no event any article reports. Fix: remove them, or correct the id`, ...stale.map((id) => `  ${id}`)] : []),
  ];
}
