import { mountView } from '../../components/mount';

mountView('popup');
