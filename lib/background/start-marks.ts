/**
 * Where a worker's start goes: each step of its first answer marked once per worker life (performance marks,
 * whose times count from the worker's start), so that `npm run bench` prints them beside the cold answer's
 * time. Later answers mark nothing: marks are kept until the worker ends.
 */
export const START_STEPS = ['core-read', 'engine-built', 'engine-ready', 'page-analysed', 'page-ranked'] as const;

const marked = new Set<string>();

export function markStart(step: (typeof START_STEPS)[number]): void {
  if (marked.has(step)) return;
  marked.add(step);
  performance.mark(`readout:${step}`);
}
