import { mountPage } from '../../components/mount';
import { SidePanel } from '../../components/sidepanel/SidePanel';

void mountPage(() => <SidePanel />);
