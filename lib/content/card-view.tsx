import type { EntityCard } from '../../engine';

export interface CardProps {
  card: EntityCard | null;
  /** The words on the page the card is about, while the details load. */
  form: string;
  onOpen(id: string): void;
  onClose(): void;
}

/** The hover card: who or what a highlight is, and what the statements say of it. */
export function Card({ card, form, onOpen, onClose }: CardProps) {
  const label = card ? card.title : form;
  return (
    <div class={`card ${card?.kind ?? ''}`} role="dialog" aria-modal="false" aria-labelledby="readout-card-title" aria-describedby="readout-card-body" tabIndex={-1}>
      <header>
        <span class="kind">{card ? (card.kind === 'person' ? 'Person' : 'Topic') : 'Readout'}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
        <h2 id="readout-card-title">{label}</h2>
        {card?.kind === 'person' && (card.role || card.country) && <p class="role">{[card.role, card.country].filter(Boolean).join(' · ')}</p>}
      </header>
      <div id="readout-card-body">
        {!card && <p class="muted">Looking it up…</p>}
        {card && card.statements.length === 0 && <p class="muted">No statement in Readout speaks of this.</p>}
        {card && card.statements.length > 0 && (
          <ol class="statements">
            {card.statements.map((s) => (
              <li key={s.id}>
                <p class="meta"><time dateTime={s.date}>{s.date}</time> · {s.publishers.join(' · ')} · {s.kind}{s.accounts > 1 ? ` · ${s.accounts} accounts` : ''}</p>
                <blockquote>{s.sentence}</blockquote>
                <button type="button" class="open" onClick={() => onOpen(s.id)}>Open “{s.title}” in Readout</button>
              </li>
            ))}
          </ol>
        )}
      </div>
      {card && card.total > card.statements.length && <p class="more">{card.total - card.statements.length} more events in Readout</p>}
    </div>
  );
}
