import { render } from 'preact';
import { Reader } from '../../components/Reader';
import '../../components/theme.css';
import '../../components/reader.css';

const params = new URLSearchParams(location.search);
const tab = params.get('tabId');
render(<Reader id={params.get('id') ?? ''} tabId={tab && /^\d+$/.test(tab) ? Number(tab) : null} />, document.getElementById('app')!);
