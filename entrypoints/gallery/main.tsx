import { mountPage } from '../../components/mount';
import { GalleryPage } from '../../components/gallery/GalleryPage';
import { useGallery } from '../../components/gallery/store';

// The prints start loading while the page reads its settings and mounts: the first grid paint waits for neither.
void useGallery.getState().start();
void mountPage(() => <GalleryPage />);
