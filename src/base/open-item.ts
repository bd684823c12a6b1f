/**
 * Which item of a named collection (an assessment, a profile) a tab shows is the tab's own: kept in
 * sessionStorage under the element's tag and `storage-key`, never in the shared record, so that
 * another tab adding or opening an item does not switch this one.
 */
const memory = new Map<string, string>();

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const keyOf = (tag: string, storageKey: string) => `city-widgets:open:${tag}:${storageKey}`;

/** The id this tab last opened for `tag` / `storageKey`, if any. */
export function readOpen(tag: string, storageKey: string): string | null {
  const key = keyOf(tag, storageKey);
  try {
    return session()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

/** Remembers `id` as open in this tab for `tag` / `storageKey`. */
export function writeOpen(tag: string, storageKey: string, id: string): void {
  const key = keyOf(tag, storageKey);
  memory.set(key, id);
  try {
    session()?.setItem(key, id);
  } catch {
    // Blocked storage: the memory copy lasts as long as the page.
  }
}
