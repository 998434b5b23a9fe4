import { render } from 'preact';
import { Reader } from '../../components/Reader';
import '../../components/reader.css';

render(<Reader id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
