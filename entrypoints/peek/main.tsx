import { mountPage } from '../../components/mount';
import { PeekPage } from '../../components/peek/PeekPage';

void mountPage(() => <PeekPage />);
