import { mountView } from '../../components/mount';
// Style sheets are imported by the pages, so that each page gets only its own.
import '../../components/theme.css';
import '../../components/popup.css';
import '../../components/reader.css';
import '../../components/accounts.css';

mountView('panel');
