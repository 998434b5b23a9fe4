import type { PageMatch } from '../lib/shared/messages';

/** The article's sentence beside the one it quotes or restates; `source` captions it, `what` names it in a sentence. */
export function Passage({ passage, source, what }: { passage: NonNullable<PageMatch['passage']>; source: string; what: string }) {
  const quoted = passage.kind === 'quote';
  return (
    <div class="passage" aria-label={`The article ${quoted ? 'quotes' : 'restates'} ${what}`}>
      <figure><figcaption>This article</figcaption><blockquote>{passage.article}</blockquote></figure>
      <figure><figcaption>{source} {quoted ? '(quoted)' : '(restated)'}</figcaption><blockquote>{passage.statement}</blockquote></figure>
    </div>
  );
}
