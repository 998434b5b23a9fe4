/** The reader's query: a statement (`id`) or the accounts of an event (`event`), beside a tab's article when given. */
export function readerQuery(target: { id: string } | { event: string }, tabId: number | null | undefined): string {
  const [key, value] = 'event' in target ? ['event', target.event] : ['id', target.id];
  return `${key}=${encodeURIComponent(value)}${tabId != null ? `&tabId=${tabId}` : ''}`;
}
