import { mountView } from '../../components/mount';

void mountView('popup');
