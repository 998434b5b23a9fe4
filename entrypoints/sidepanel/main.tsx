import { mountView } from '../../components/mount';

mountView('panel');
