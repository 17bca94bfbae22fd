import type { EventMention } from '../extract/event-recognizer.js';

/**
 * The date of an event named where the text gives none (the title, "Tại hội nghị, …"), read from another mention of
 * the same kind in the lead that has one ("Ngày 8/6, … tổ chức Hội nghị nhằm …"), bare or named alike: the first
 * such, or null.
 */
export function leadDate(
  mentions: readonly EventMention[],
  main: EventMention,
  inLead: (e: EventMention) => boolean,
  dateOf: (e: EventMention) => string | null,
): string | null {
  for (const e of mentions) {
    // another named one may be another event ("Hội nghị … lần đầu tiên diễn ra vào ngày 29/4/2016")
    if (e === main || e.kind !== main.kind || (e.descriptor && e.descriptor !== main.descriptor) || !inLead(e)) continue;
    const d = dateOf(e);
    if (d) return d;
  }
  return null;
}
