import { mountView } from '../../components/mount';

void mountView('panel');
