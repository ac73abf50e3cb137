import { mountPage } from '../../components/mount';
import { MetricsPage } from '../../components/metrics/MetricsPage';

void mountPage(() => <MetricsPage />);
