import { mountPage } from '../../components/mount';
import { GalleryPage } from '../../components/gallery/GalleryPage';

void mountPage(() => <GalleryPage />);
