import { render } from 'preact';
import { Reader } from '../../components/Reader';
import { AccountsView } from '../../components/AccountsView';
import { readerQuery } from '../../lib/shared/reader-url';
import '../../components/theme.css';
import '../../components/reader.css';
import '../../components/accounts.css';

const params = new URLSearchParams(location.search);
const tab = params.get('tabId');
const tabId = tab && /^\d+$/.test(tab) ? Number(tab) : null;
const event = params.get('event');
// An account opened from the comparison is a page of its own: the browser's Back returns to the comparison.
const openAccount = (id: string) => { location.href = `reader.html?${readerQuery({ id }, tabId)}`; };
render(event ? <AccountsView event={event} tabId={tabId} onOpen={openAccount} /> : <Reader id={params.get('id') ?? ''} tabId={tabId} />, document.getElementById('app')!);
