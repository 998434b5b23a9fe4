import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { send, type AccountParagraphView, type AccountsView as View, type AccountView } from '../lib/shared/messages';
import { Chips } from './Chips';
import { MarkedText, type Mark } from './MarkedText';

const cellId = (account: number, paragraph: number) => `readout-account-${account}-p${paragraph}`;
const marksOf = (p: AccountParagraphView): Mark[] => p.marks.map((m) => [m.start, m.end, m.kind]);
/** An account's main topics; the rest are marked in its paragraphs, where the columns have room for them. */
const TOPIC_CHIPS = 4;
const ARTICLE_VERB = { quote: 'quotes', paraphrase: 'restates' } as const;

/** Each account's name in the view: its publisher, with its date or place where one publisher has several. */
function accountNames(accounts: AccountView[]): string[] {
  return accounts.map((a, k) => {
    const twins = accounts.filter((b) => b.by === a.by);
    if (twins.length === 1) return a.by;
    return twins.filter((b) => b.date === a.date).length === 1 ? `${a.by} (${a.date})` : `${a.by} (${twins.indexOf(a) + 1})`;
  });
}

/**
 * The accounts of one event side by side: a row holds the paragraphs that make the same point, each column
 * keeps its account's order, and what one account says alone is labelled so. Opened from a tab, the article's
 * passages stand under the paragraph of the account they follow. Narrow (the side panel), the rows stack.
 */
export function AccountsView({ event, tabId, onOpen, onBack }: { event: string; tabId: number | null; onOpen(id: string): void; onBack?(): void }) {
  const [view, setView] = useState<View | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { send('accounts', { event, tabId }).then(setView, (e: Error) => { setError(e.message); setView(null); }); }, [event, tabId]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!view) return;
    if (!onBack) document.title = `${view.accounts.map((a) => a.by).join(' · ')}: ${view.event.kind} of ${view.event.date} — Readout`;
    // Opened in place (the side panel): the keyboard starts at the view, not at the list it left.
    if (onBack) headingRef.current?.focus();
  }, [view]);
  const back = onBack && <button type="button" class="link back" onClick={onBack}>← Back to the list</button>;
  if (view === undefined) return <main class="reader accounts-view"><p class="muted" role="status">Loading…</p></main>;
  if (view === null) {
    return (
      <main class="reader accounts-view">{back}<h1>Event not found</h1>
        <p class="muted">{error ? `Readout could not load it: ${error}.` : `Readout has no event or statement with the id “${event}”.`}</p></main>
    );
  }
  const { accounts, rows, article } = view;
  const by = [...new Set(accounts.map((a) => a.by))];
  const names = accountNames(accounts);
  return (
    <main class="reader accounts-view" data-event-id={view.event.id}>
      {back}
      <p class="kicker">{view.event.kind} · <time dateTime={view.event.date}>{view.event.date}{view.event.endDate ? ` to ${view.event.endDate}` : ''}</time> · <span class="as-written">{accounts.length} account{accounts.length === 1 ? '' : 's'}</span></p>
      <h1 ref={headingRef} tabIndex={-1}>{by.join(' · ')}</h1>
      <Chips chips={view.event.participants} label="Who took part" />
      {article && <ArticleSummary article={article} names={names} />}
      <ul class="account-list" aria-label="The accounts">
        {accounts.map((a, k) => (
          <li key={a.id} data-statement-id={a.id}>
            <p class="meta"><strong class="by">{names[k]}</strong> · {a.kind} · <time dateTime={a.date}>{a.date}</time> · {a.source}</p>
            <button type="button" class="link open-account" onClick={() => onOpen(a.id)}>{a.title}</button>
            <Chips chips={[...a.people, ...a.topics.slice(0, TOPIC_CHIPS)]} label={`People and topics of the ${names[k]} account`} />
            {a.topics.length > TOPIC_CHIPS && <p class="more-chips">and {a.topics.length - TOPIC_CHIPS} more topics, marked in its text below</p>}
          </li>
        ))}
      </ul>
      <table class="accounts-table">
        <caption>The accounts paragraph by paragraph. A row holds the paragraphs that make the same point; a paragraph no other account answers is labelled “Only in this account”.</caption>
        <thead><tr>{accounts.map((a, k) => <th key={a.id} scope="col" data-account={k}>{names[k]}<span class="muted"> · {a.kind}</span></th>)}</tr></thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((i, k) => (i === null
                ? <td key={k} class="empty"><span class="visually-hidden">Nothing in the {names[k]} account here.</span></td>
                : <Cell key={k} accounts={accounts} names={names} account={k} paragraph={i} />))}
            </tr>
          ))}
        </tbody>
      </table>
      {article && (
        <section class="unsourced" aria-labelledby="readout-unsourced">
          <h2 id="readout-unsourced">What “{article.page.title || article.page.url}” reports that no account says</h2>
          {article.unsourcedTotal === 0
            ? <p class="muted">Nothing: every passage of the article with something to say is in one account or another.</p>
            : (
              <>
                <ul>{article.unsourced.map((t, i) => <li key={i}><blockquote>{t}</blockquote></li>)}</ul>
                {article.unsourcedTotal > article.unsourced.length && <p class="muted">and {article.unsourcedTotal - article.unsourced.length} more paragraphs.</p>}
              </>
            )}
        </section>
      )}
    </main>
  );
}

function ArticleSummary({ article, names }: { article: NonNullable<View['article']>; names: string[] }) {
  const title = article.page.title || article.page.url;
  if (article.follows.length === 0) return <p class="context" role="note">No passage of “{title}” follows one of these accounts.</p>;
  const parts = article.follows.map((f) => `the ${names[f.account]} account in ${f.passages} passage${f.passages === 1 ? '' : 's'}`);
  return <p class="context" role="note">“{title}” follows {parts.join(', ')}: each passage is shown under the paragraph it follows.</p>;
}

function Cell({ accounts, names, account, paragraph }: { accounts: AccountView[]; names: string[]; account: number; paragraph: number }) {
  const a = accounts[account];
  const p = a.paragraphs[paragraph];
  return (
    <td id={cellId(account, paragraph)} class={p.only ? 'only' : p.same.length ? 'shared' : undefined} data-account={account} data-paragraph={paragraph} data-only={p.only ? '' : undefined}>
      <p class="cell-label">
        <span>{names[account]} ¶{paragraph + 1}</span>
        {p.only && <strong class="only-tag">Only in this account</strong>}
      </p>
      <p class="cell-text"><MarkedText text={p.text} marks={marksOf(p)} /></p>
      {p.same.length > 0 && (
        <p class="same">Same point in{' '}
          {p.same.map((x, n) => <Fragment key={`${x.account}:${x.paragraph}`}>{n > 0 && ', '}<a href={`#${cellId(x.account, x.paragraph)}`}>{names[x.account]} ¶{x.paragraph + 1}</a></Fragment>)}
        </p>
      )}
      {p.article.map((f, n) => (
        <aside key={n} class="followed" aria-label={`The article ${ARTICLE_VERB[f.kind]} this`}>
          <span class="aside-label">The article {ARTICLE_VERB[f.kind]} it</span>
          <blockquote>{f.sentence}</blockquote>
        </aside>
      ))}
    </td>
  );
}
